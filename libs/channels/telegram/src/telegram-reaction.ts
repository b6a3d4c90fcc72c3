import {
  channelEvent,
  identityOf,
  isoFromUnixSeconds,
  threadKeyForIdentity,
  type ChannelConnection,
  type ChannelEventInput,
  type JsonReader,
} from '@switchboard/channels-core';
import { botAddress, telegramMessageId, telegramOrigin } from './telegram-message';

/**
 * `message_reaction` (sent only when the bot asks for it in `allowed_updates`): the customer's
 * reactions on a message now. An empty list means they removed theirs. Null when not from a person
 * in a private chat.
 */
export function reactionEvent(update: JsonReader, connection: ChannelConnection, providerEventId: string): ChannelEventInput | null {
  const chat = update.object('chat');
  const user = update.optionalObject('user');
  if (chat.string('type') !== 'private' || !user || user.optionalBoolean('is_bot')) return null;
  const customer = identityOf('telegram', user.id('id'));
  if (customer === null) return null;
  const chatId = chat.id('id');
  const emoji = update.objects('new_reaction').find((reaction) => reaction.optionalString('type') === 'emoji')?.string('emoji') ?? null;
  const occurredAt = isoFromUnixSeconds(update.optionalNumber('date'));
  return channelEvent('message.received.v1', telegramOrigin(connection), {
    providerEventId,
    ...(occurredAt === undefined ? {} : { occurredAt }),
    payload: {
      threadKey: threadKeyForIdentity(connection, customer),
      // Reactions have no message id of their own; the update id makes this one unique.
      providerMessageId: `${chatId}:reaction:${providerEventId}`,
      from: customer,
      channelAddress: botAddress(connection),
      text: null,
      media: [],
      reaction: { emoji, targetProviderMessageId: telegramMessageId(chatId, update.id('message_id')) },
    },
  });
}
