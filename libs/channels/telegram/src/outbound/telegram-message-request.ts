import {
  assertRecipientKind,
  assertSomethingToSend,
  mediaKindOf,
  requireSecret,
  type ChannelConnection,
  type HttpRequestSpec,
  type OutboundMedia,
  type OutboundReply,
} from '@switchboard/channels-core';

/**
 * Bot API calls that send `reply` (https://core.telegram.org/bots/api#sendmessage): `sendMessage`
 * quoting the customer's message when known, then `sendPhoto` / `sendVideo` / `sendAudio` /
 * `sendDocument` per media by URL. The bot token is part of the URL: never log it.
 */
export function buildTelegramMessageRequests(connection: ChannelConnection, reply: OutboundReply): HttpRequestSpec[] {
  assertRecipientKind(reply, ['telegram']);
  assertSomethingToSend(reply);
  const botToken = requireSecret(connection, 'botToken');
  const chatId = reply.to.value;
  const calls: [string, object][] = [];
  if (reply.text.trim() !== '') {
    const replyTo = messageIdOf(reply.replyToProviderMessageId);
    const quote = replyTo === undefined ? {} : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } };
    calls.push(['sendMessage', { chat_id: chatId, text: reply.text, ...quote }]);
  }
  for (const media of reply.media ?? []) calls.push(mediaCall(chatId, media));
  return calls.map(([method, body]) => ({
    method: 'POST',
    url: `https://api.telegram.org/bot${botToken}/${method}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }));
}

function mediaCall(chatId: string, media: OutboundMedia): [string, object] {
  switch (mediaKindOf(media.contentType)) {
    case 'image':
      return ['sendPhoto', { chat_id: chatId, photo: media.url }];
    case 'video':
      return ['sendVideo', { chat_id: chatId, video: media.url }];
    case 'audio':
      return ['sendAudio', { chat_id: chatId, audio: media.url }];
    default:
      return ['sendDocument', { chat_id: chatId, document: media.url }];
  }
}

/** Our Telegram message ids are `chatId:messageId`; the Bot API wants the number. */
function messageIdOf(providerMessageId: string | undefined): number | undefined {
  const id = Number(providerMessageId?.split(':').at(-1));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
