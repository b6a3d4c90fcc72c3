import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEnvelope } from '@switchboard/contracts';
import { emailEvents, twilioMessagingEvents, twilioVoiceEvents } from '../../../timeline-domain/src/testing/channel-envelopes';

/**
 * Real provider webhooks (the channel libraries' fixtures, signed and parsed by their handlers),
 * with the caller's number, the call, the sender's address and the Message-ID made unique per test,
 * so the tests of one app never resolve to each other's customers.
 */
export function uniquePhone(): string {
  return `+1415555${String(randomBytes(2).readUInt16BE(0) % 10000).padStart(4, '0')}`;
}

export const uniqueEmail = () => `jose.${randomBytes(4).toString('hex')}@example.com`;

/** A whole inbound call: received (queued), ringing, answered, completed after 242 s. */
export async function callEvents(phone: string, at = new Date('2026-11-23T09:00:00Z')): Promise<EventEnvelope[]> {
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const caller = { From: phone, Caller: phone, CallSid: callSid };
  const events: EventEnvelope[] = [];
  for (const name of ['incoming-call', 'call-status-ringing', 'call-status-in-progress', 'call-status-completed']) {
    events.push(...(await twilioVoiceEvents(name, { now: at }, caller)));
  }
  return events;
}

/** A WhatsApp message through Twilio Messaging from `phone`. */
export async function whatsappEvents(phone: string, text = 'Is the store open on Sunday? 🙂', at = new Date('2026-11-23T09:05:00Z')): Promise<EventEnvelope[]> {
  const sid = `SM${randomBytes(16).toString('hex')}`;
  return twilioMessagingEvents('inbound-whatsapp', { now: at }, { From: `whatsapp:${phone}`, MessageSid: sid, SmsMessageSid: sid, SmsSid: sid, Body: text });
}

const EMAIL_FIXTURE = join(__dirname, '../../../channels/email/src/fixtures/multipart-with-attachment.eml');

/** José García's email with its attachment, from `address`, sent at `date`; a new thread unless `inReplyTo`. */
export async function emailFrom(address: string, options: { date?: string; messageId?: string; inReplyTo?: string } = {}): Promise<EventEnvelope[]> {
  const messageId = options.messageId ?? `<${randomBytes(6).toString('hex')}@mail.example.com>`;
  const raw = readFileSync(EMAIL_FIXTURE, 'latin1')
    .replace(/^Message-ID: .*$/m, `Message-ID: ${messageId}`)
    .replace(/^Date: .*$/m, `Date: ${options.date ?? 'Mon, 23 Nov 2026 09:10:00 +0000'}`)
    .replace(/^From: (.*)<[^>]+>$/m, `From: $1<${address}>`)
    .replace(/^In-Reply-To: .*$/m, `In-Reply-To: ${options.inReplyTo ?? '<unknown-1@acme.example>'}`)
    .replace(/^References: [^\n]*\n [^\n]*$/m, `References: ${options.inReplyTo ?? '<unknown-1@acme.example>'}`);
  return emailEvents(Buffer.from(raw, 'latin1'));
}
