import type { ChannelKind } from '@switchboard/channels-core';

/**
 * The ids a provider gave what we sent, read from its success answer: Twilio `sid`, WhatsApp
 * `messages[].id`, Messenger / Instagram `message_id`, Telegram `result.chat.id:result.message_id`
 * (the form the Telegram library uses for inbound messages). Empty when the answer has none.
 */
export function providerMessageIdsOf(kind: ChannelKind, body: string): string[] {
  const json = parse(body);
  if (!json) return [];
  switch (kind) {
    case 'twilio-messaging':
    case 'twilio-voice':
      return strings([json['sid']]);
    case 'meta': {
      const messages = Array.isArray(json['messages']) ? json['messages'] : [];
      return strings([...messages.map((message) => record(message)?.['id']), json['message_id']]);
    }
    case 'telegram': {
      const result = record(json['result']);
      const chatId = record(result?.['chat'])?.['id'];
      const messageId = result?.['message_id'];
      return chatId !== undefined && messageId !== undefined ? [`${String(chatId)}:${String(messageId)}`] : [];
    }
    default:
      return [];
  }
}

/** A Retry-After the provider put in its body rather than a header (Telegram's `parameters.retry_after`). */
export function retryAfterInBody(body: string): string | undefined {
  const seconds = record(parse(body)?.['parameters'])?.['retry_after'];
  return typeof seconds === 'number' && Number.isInteger(seconds) && seconds >= 0 ? String(seconds) : undefined;
}

function parse(body: string): Record<string, unknown> | undefined {
  try {
    return record(JSON.parse(body));
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function strings(values: readonly unknown[]): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}
