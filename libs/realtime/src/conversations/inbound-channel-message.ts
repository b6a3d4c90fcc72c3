import {
  ChannelEventTypes,
  WIDGET_PROVIDER,
  type ConversationMessage,
  type EmailReceivedPayload,
  type EventEnvelope,
  type MessageReceivedPayload,
} from '@switchboard/contracts';
import type { ReplyAddress } from './conversation-log';

export interface InboundChannelMessage {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly message: ConversationMessage;
  readonly address: ReplyAddress | null;
}

function describeMedia(payload: MessageReceivedPayload): string {
  if (payload.reaction) return payload.reaction.emoji ? `[reaction ${payload.reaction.emoji}]` : '[reaction removed]';
  if (payload.location) return '[location]';
  return payload.media.map((item) => `[${item.kind}]`).join(' ');
}

/**
 * A customer's message from another channel (SMS, WhatsApp, Telegram, Messenger, email) as agents
 * see it, and the address a reply goes back to. The conversation is routing's contact id for it:
 * the event's conversation id, else its thread key. The widget's own messages are shown by the chat
 * gateway itself, so they are ignored here, as is everything that is not a customer's message.
 */
export function inboundChannelMessage(event: EventEnvelope): InboundChannelMessage | null {
  if (event.source.provider === WIDGET_PROVIDER) return null;
  if (event.type !== ChannelEventTypes.messageReceived && event.type !== ChannelEventTypes.emailReceived) return null;
  const base = event.payload as unknown as { threadKey?: unknown };
  if (typeof base.threadKey !== 'string') return null;
  const threadKey = base.threadKey;
  const conversationId = event.subject.conversationId ?? threadKey;
  const channelId = event.source.channelId ?? null;
  const author = { kind: 'customer', id: null } as const;
  const common = { messageId: event.id, conversationId, author, sentAt: event.occurredAt, clientMessageId: null };
  if (event.type === ChannelEventTypes.emailReceived) {
    const email = event.payload as unknown as EmailReceivedPayload;
    const emailThread = { lastMessageId: email.messageId, references: [...email.references, email.messageId], subject: email.subject };
    const address: ReplyAddress | null = channelId
      ? { channel: event.source.channel, channelId, to: email.from, channelAddress: email.to[0]?.address ?? null, threadKey, lastProviderMessageId: null, emailThread }
      : null;
    return { tenantId: event.tenantId, conversationId, message: { ...common, text: email.subject ? `${email.subject}\n\n${email.text}` : email.text }, address };
  }
  const message = event.payload as unknown as MessageReceivedPayload;
  const address: ReplyAddress | null = channelId
    ? { channel: event.source.channel, channelId, to: message.from, channelAddress: message.channelAddress, threadKey, lastProviderMessageId: message.providerMessageId, emailThread: null }
    : null;
  return { tenantId: event.tenantId, conversationId, message: { ...common, text: message.text ?? describeMedia(message) }, address };
}
