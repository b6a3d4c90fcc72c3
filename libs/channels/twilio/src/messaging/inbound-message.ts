import type { MediaItem, MessageLocation } from '@switchboard/contracts';
import {
  channelEvent,
  defaultCountryOf,
  identityOfTwilioAddress,
  mediaKindOf,
  threadKeyForIdentity,
  type ChannelConnection,
  type FormParams,
  type WebhookResult,
} from '@switchboard/channels-core';
import { emptyTwiml } from '../twiml';
import { messagingOrigin } from './messaging-origin';

/** Twilio allows at most 10 media per MMS; a larger NumMedia is not Twilio. */
const MAX_MEDIA = 10;

/** An incoming SMS, MMS or WhatsApp message. Empty TwiML: replies are sent by agents, not here. */
export function inboundMessage(form: FormParams, connection: ChannelConnection): WebhookResult {
  const providerMessageId = form.require('MessageSid');
  const fromRaw = form.require('From');
  const from = identityOfTwilioAddress(fromRaw, defaultCountryOf(connection));
  if (from === null) {
    // Short codes and alphanumeric senders are machines that cannot be answered.
    return { response: emptyTwiml(), events: [], ignored: [{ reason: 'sender is not a phone or WhatsApp number', providerEventId: providerMessageId }] };
  }
  const profileName = form.get('ProfileName');
  const replyTo = form.get('OriginalRepliedMessageSid');
  const location = locationOf(form);
  const event = channelEvent('message.received.v1', messagingOrigin(connection, from), {
    providerEventId: providerMessageId,
    payload: {
      threadKey: threadKeyForIdentity(connection, from),
      providerMessageId,
      from,
      channelAddress: form.require('To'),
      text: textOf(form),
      media: mediaOf(form),
      ...(profileName ? { fromName: profileName } : {}),
      ...(replyTo ? { replyToProviderMessageId: replyTo } : {}),
      ...(location ? { location } : {}),
    },
  });
  return { response: emptyTwiml(), events: [event], ignored: [] };
}

/** WhatsApp quick-reply buttons arrive with the button's text and an empty Body. */
function textOf(form: FormParams): string | null {
  const body = form.get('Body') ?? '';
  if (body !== '') return body;
  return form.get('ButtonText') || null;
}

function mediaOf(form: FormParams): MediaItem[] {
  const count = Math.min(MAX_MEDIA, Math.max(0, Math.floor(Number(form.get('NumMedia') ?? '0')) || 0));
  const media: MediaItem[] = [];
  for (let index = 0; index < count; index += 1) {
    const url = form.get(`MediaUrl${index}`);
    if (!url) continue;
    const contentType = form.get(`MediaContentType${index}`) ?? null;
    media.push({ kind: mediaKindOf(contentType), url, providerMediaId: null, contentType });
  }
  return media;
}

function locationOf(form: FormParams): MessageLocation | undefined {
  const latitude = Number(form.get('Latitude'));
  const longitude = Number(form.get('Longitude'));
  if (!form.has('Latitude') || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  const name = form.get('Label');
  const address = form.get('Address');
  return { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) };
}
