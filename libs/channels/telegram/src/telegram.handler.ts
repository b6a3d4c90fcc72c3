import {
  InvalidSignature,
  JsonReader,
  MaxBodyBytes,
  assertBodySize,
  assertChannelKind,
  assertMediaType,
  constantTimeEqual,
  headerOf,
  parseJsonObject,
  requireSecret,
  textResponse,
  type ChannelConnection,
  type ChannelEventInput,
  type ChannelHandler,
  type WebhookRequest,
  type WebhookResult,
} from '@switchboard/channels-core';
import { customerOf, messageEvent } from './telegram-message';
import { reactionEvent } from './telegram-reaction';

/**
 * Telegram Bot API webhook (https://core.telegram.org/bots/api#update): one `Update` per POST,
 * authenticated by the `secret_token` given to `setWebhook`, echoed in
 * `X-Telegram-Bot-Api-Secret-Token`. `update_id` is the provider event id.
 */
export function createTelegramHandler(): ChannelHandler {
  const maxBodyBytes = MaxBodyBytes.telegram;

  const verify = (request: WebhookRequest, connection: ChannelConnection): void => {
    assertChannelKind(connection, 'telegram');
    assertBodySize(request.rawBody, maxBodyBytes);
    assertMediaType(request, ['application/json']);
    const secretToken = requireSecret(connection, 'secretToken');
    const received = headerOf(request, 'x-telegram-bot-api-secret-token');
    if (!received) throw new InvalidSignature('missing X-Telegram-Bot-Api-Secret-Token header');
    if (!constantTimeEqual(received, secretToken)) throw new InvalidSignature('X-Telegram-Bot-Api-Secret-Token does not match');
  };

  return {
    kind: 'telegram',
    maxBodyBytes,
    verify,
    async handle(request, connection): Promise<WebhookResult> {
      verify(request, connection);
      const update = JsonReader.of(parseJsonObject(request.rawBody), 'update');
      const providerEventId = update.id('update_id');
      const outcome = eventOf(update, connection, providerEventId);
      // An empty 200: Telegram would execute a Bot API method named in a JSON answer.
      const response = textResponse('');
      return typeof outcome === 'string'
        ? { response, events: [], ignored: [{ reason: outcome, providerEventId }] }
        : { response, events: [outcome], ignored: [] };
    },
  };
}

/** The update's event, or why it has none. */
function eventOf(update: JsonReader, connection: ChannelConnection, providerEventId: string): ChannelEventInput | string {
  const message = update.optionalObject('message');
  const edited = update.optionalObject('edited_message');
  const target = message ?? edited;
  if (target) {
    const customer = customerOf(target);
    if (typeof customer === 'string') return customer;
    return messageEvent(target, customer, connection, providerEventId, target === edited) ?? 'telegram message without text, media or location';
  }
  const reaction = update.optionalObject('message_reaction');
  if (reaction) return reactionEvent(reaction, connection, providerEventId) ?? 'telegram reaction outside a private chat';
  return `telegram update without a message (${updateKind(update)})`;
}

const KNOWN_KINDS = ['channel_post', 'edited_channel_post', 'callback_query', 'inline_query', 'my_chat_member', 'chat_member', 'poll', 'poll_answer'];

function updateKind(update: JsonReader): string {
  return KNOWN_KINDS.find((kind) => update.has(kind)) ?? 'unknown';
}
