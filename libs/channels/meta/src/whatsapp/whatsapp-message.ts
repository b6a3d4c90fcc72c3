import type { MediaItem, MediaKind, MessageLocation, MessageReceivedPayload } from '@switchboard/contracts';
import {
  MalformedPayload,
  channelEvent,
  identityOf,
  isoFromUnixSeconds,
  threadKeyForIdentity,
  type ChannelConnection,
  type JsonReader,
} from '@switchboard/channels-core';
import { emitted, skipped, type ItemResult } from '../item-result';
import { metaOrigin } from '../meta-origin';

type Content = Pick<MessageReceivedPayload, 'text' | 'media' | 'reaction' | 'location'>;

const MEDIA_TYPES: ReadonlySet<string> = new Set(['image', 'audio', 'video', 'document', 'sticker']);

export interface WhatsAppContext {
  readonly connection: ChannelConnection;
  /** Our phone-number id (`metadata.phone_number_id`): replies are sent from it. */
  readonly phoneNumberId: string;
  /** Profile names by wa_id, from the change's `contacts`. */
  readonly profileNames: ReadonlyMap<string, string>;
}

/** One entry of `value.messages`. https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples */
export function whatsappMessage(message: JsonReader, context: WhatsAppContext): ItemResult {
  const providerMessageId = message.string('id');
  const type = message.string('type');
  const content = contentOf(type, message);
  if (content === null) return skipped(`whatsapp message type ${type} is not supported`, providerMessageId);

  const waId = message.string('from');
  const from = identityOf('whatsapp', waId);
  if (from === null) throw new MalformedPayload(`${message.path}.from is not a WhatsApp number`);
  const fromName = context.profileNames.get(waId);
  const replyTo = type === 'reaction' ? undefined : message.optionalObject('context')?.optionalString('id');
  const occurredAt = isoFromUnixSeconds(message.optionalString('timestamp'));
  return emitted(
    channelEvent('message.received.v1', metaOrigin(context.connection, 'whatsapp'), {
      providerEventId: providerMessageId,
      ...(occurredAt === undefined ? {} : { occurredAt }),
      payload: {
        threadKey: threadKeyForIdentity(context.connection, from),
        providerMessageId,
        from,
        channelAddress: context.phoneNumberId,
        ...content,
        ...(fromName ? { fromName } : {}),
        ...(replyTo ? { replyToProviderMessageId: replyTo } : {}),
      },
    }),
  );
}

function contentOf(type: string, message: JsonReader): Content | null {
  if (type === 'text') return { text: message.object('text').string('body'), media: [] };
  if (MEDIA_TYPES.has(type)) return mediaContent(type, message.object(type));
  if (type === 'reaction') {
    const reaction = message.object('reaction');
    // No emoji means the customer took their reaction back.
    const emoji = reaction.optionalString('emoji') || null;
    return { text: null, media: [], reaction: { emoji, targetProviderMessageId: reaction.string('message_id') } };
  }
  if (type === 'location') return { text: null, media: [], location: locationOf(message.object('location')) };
  if (type === 'button') return { text: message.object('button').string('text'), media: [] };
  if (type === 'interactive') return interactiveContent(message.object('interactive'));
  return null;
}

function mediaContent(type: string, media: JsonReader): Content {
  const kind: MediaKind = type === 'audio' && media.optionalBoolean('voice') ? 'voice' : (type as MediaKind);
  const filename = media.optionalString('filename');
  const item: MediaItem = {
    kind,
    url: null,
    providerMediaId: media.string('id'),
    contentType: media.optionalString('mime_type') ?? null,
    ...(filename ? { filename } : {}),
  };
  return { text: media.optionalString('caption') || null, media: [item] };
}

function interactiveContent(interactive: JsonReader): Content | null {
  const reply = interactive.optionalObject('button_reply') ?? interactive.optionalObject('list_reply');
  return reply ? { text: reply.string('title'), media: [] } : null;
}

function locationOf(location: JsonReader): MessageLocation {
  const name = location.optionalString('name');
  const address = location.optionalString('address');
  return {
    latitude: location.number('latitude'),
    longitude: location.number('longitude'),
    ...(name ? { name } : {}),
    ...(address ? { address } : {}),
  };
}
