import { createEmailHandler } from '@switchboard/channels-email';
import { createMetaHandler } from '@switchboard/channels-meta';
import { createTwilioMessagingHandler, createTwilioVoiceHandler } from '@switchboard/channels-twilio';
import type { ChannelEventInput, ChannelHandler, ChannelConnection, WebhookRequest } from '@switchboard/channels-core';
import { createEnvelope, newId, type EventEnvelope, type NewEventInput } from '@switchboard/contracts';
import { emailConnection, emailRequest, eml } from '../../../channels/email/src/testing/email-request';
import { fixtureBytes, metaConnection, metaRequest } from '../../../channels/meta/src/testing/signed-meta-request';
import { SMS_URL, VOICE_URL, fixture, smsConnection, twilioRequest, voiceConnection, type Params } from '../../../channels/twilio/src/testing/signed-twilio-request';

/**
 * Real canonical channel events, made the way the gateway makes them: a provider's signed webhook
 * (from the channel libraries' own fixtures) through that provider's handler, then into an envelope.
 */
export interface ChannelFixtureOptions {
  readonly tenantId?: string;
  readonly now?: Date;
}

function toEnvelope(input: ChannelEventInput, options: ChannelFixtureOptions, now: Date): EventEnvelope {
  // createEnvelope takes the fields it knows; the thread key is the bus key, not part of the envelope.
  const envelope = createEnvelope(input as NewEventInput<string, unknown>, { now: () => now, newId }) as unknown as EventEnvelope;
  return options.tenantId ? { ...envelope, tenantId: options.tenantId } : envelope;
}

async function through(handler: ChannelHandler, request: WebhookRequest, connection: ChannelConnection, options: ChannelFixtureOptions): Promise<EventEnvelope[]> {
  const now = options.now ?? new Date('2026-11-23T09:05:00Z');
  const result = await handler.handle(request, connection, now);
  return result.events.map((input) => toEnvelope(input, options, now));
}

/** A Twilio Programmable Voice callback (`incoming-call`, `call-status-ringing`, `call-status-completed`, ...). */
export function twilioVoiceEvents(name: string, options: ChannelFixtureOptions = {}, overrides: Params = {}): Promise<EventEnvelope[]> {
  return through(createTwilioVoiceHandler(), twilioRequest(VOICE_URL, { ...fixture(name), ...overrides }), voiceConnection, options);
}

/** A Twilio Messaging webhook (`inbound-whatsapp`, `inbound-mms`). */
export function twilioMessagingEvents(name: string, options: ChannelFixtureOptions = {}, overrides: Params = {}): Promise<EventEnvelope[]> {
  return through(createTwilioMessagingHandler(), twilioRequest(SMS_URL, { ...fixture(name), ...overrides }), smsConnection, options);
}

/** A Meta webhook (`whatsapp-multi-entry`, `messenger-multi-entry`, `instagram-messages`). */
export function metaEvents(name: string, options: ChannelFixtureOptions = {}): Promise<EventEnvelope[]> {
  return through(createMetaHandler(), metaRequest(fixtureBytes(name)), metaConnection, options);
}

/** An inbound email, raw RFC 5322 (`multipart-with-attachment`, `html-only`, or bytes of your own). */
export function emailEvents(nameOrRaw: string | Buffer, options: ChannelFixtureOptions = {}): Promise<EventEnvelope[]> {
  const raw = typeof nameOrRaw === 'string' ? eml(nameOrRaw) : nameOrRaw;
  return through(createEmailHandler(), emailRequest(raw), emailConnection, options);
}

export function only<T>(items: readonly T[]): T {
  const [item, ...rest] = items;
  if (item === undefined || rest.length > 0) throw new Error(`expected exactly one, got ${items.length}`);
  return item;
}
