import type { MessageLocation, SenderIdentity } from '@switchboard/contracts';
import {
  channelEvent,
  identityOf,
  isoFromUnixSeconds,
  stringSetting,
  threadKeyForIdentity,
  type ChannelConnection,
  type ChannelEventInput,
  type ChannelEventOrigin,
  type JsonReader,
} from '@switchboard/channels-core';
import { mediaOf } from './telegram-media';

export function telegramOrigin(connection: ChannelConnection): ChannelEventOrigin {
  return { connection, channel: 'telegram', provider: 'telegram' };
}

/** `message_id` is unique per chat only, so our id for a Telegram message names its chat too. */
export function telegramMessageId(chatId: string, messageId: string): string {
  return `${chatId}:${messageId}`;
}

/** The bot the customer wrote to: its username when configured, else the channel. */
export function botAddress(connection: ChannelConnection): string {
  return stringSetting(connection, 'botUsername') ?? connection.id;
}

/**
 * The customer of a private chat with the bot, or the reason there is none: groups and channels
 * are not one-to-one conversations, and bots do not become customers.
 */
export function customerOf(message: JsonReader): SenderIdentity | string {
  const chat = message.object('chat');
  if (chat.string('type') !== 'private') return `telegram ${chat.string('type')} chats are not handled`;
  const from = message.optionalObject('from');
  if (!from) return 'telegram message without a sender';
  if (from.optionalBoolean('is_bot')) return 'telegram message from a bot';
  return identityOf('telegram', from.id('id')) ?? 'telegram sender without an id';
}

/** A `message` or `edited_message`; null when it carries nothing we can show (service messages, polls, ...). */
export function messageEvent(
  message: JsonReader,
  customer: SenderIdentity,
  connection: ChannelConnection,
  providerEventId: string,
  edited: boolean,
): ChannelEventInput | null {
  const text = message.optionalString('text') ?? message.optionalString('caption') ?? null;
  const media = mediaOf(message);
  const location = locationOf(message);
  if (text === null && media.length === 0 && location === undefined) return null;
  const providerMessageId = telegramMessageId(message.object('chat').id('id'), message.id('message_id'));
  const occurredAt = isoFromUnixSeconds(edited ? message.optionalNumber('edit_date') : message.optionalNumber('date'));
  const common = {
    threadKey: threadKeyForIdentity(connection, customer),
    providerMessageId,
    from: customer,
    channelAddress: botAddress(connection),
    text,
    media,
  };
  const at = occurredAt === undefined ? {} : { occurredAt };
  if (edited) return channelEvent('message.edited.v1', telegramOrigin(connection), { providerEventId, ...at, payload: common });

  const replyTo = message.optionalObject('reply_to_message');
  const fromName = message.object('from').optionalString('first_name');
  return channelEvent('message.received.v1', telegramOrigin(connection), {
    providerEventId,
    ...at,
    payload: {
      ...common,
      ...(fromName ? { fromName } : {}),
      ...(replyTo ? { replyToProviderMessageId: telegramMessageId(replyTo.object('chat').id('id'), replyTo.id('message_id')) } : {}),
      ...(location ? { location } : {}),
    },
  });
}

function locationOf(message: JsonReader): MessageLocation | undefined {
  const venue = message.optionalObject('venue');
  const location = venue?.object('location') ?? message.optionalObject('location');
  if (!location) return undefined;
  const name = venue?.optionalString('title');
  const address = venue?.optionalString('address');
  return {
    latitude: location.number('latitude'),
    longitude: location.number('longitude'),
    ...(name ? { name } : {}),
    ...(address ? { address } : {}),
  };
}
