import { OutboundEventTypes, WIDGET_PROVIDER, contactIdOf, type ConversationMessage, type EventEnvelope, type MessageSentPayload } from '@switchboard/contracts';

export interface SentChannelMessage {
  readonly tenantId: string;
  readonly conversationId: string;
  readonly message: ConversationMessage;
}

/**
 * A reply the gateway sent through a provider, as agents see it: above all the self-service bot's
 * answers, which no agent wrote, so an agent taking the contact over sees what the customer was
 * already told. An agent's own reply was logged when it was written; its report carries the same
 * message id, so the log keeps it once. The widget's replies are the chat gateway's own.
 */
export function sentChannelMessage(event: EventEnvelope): SentChannelMessage | null {
  if (event.type !== OutboundEventTypes.sent || event.source.provider === WIDGET_PROVIDER) return null;
  const payload = event.payload as Partial<MessageSentPayload>;
  const conversationId = typeof payload.conversationId === 'string' ? payload.conversationId : contactIdOf(event);
  if (!conversationId || typeof payload.text !== 'string' || !payload.author) return null;
  const author = payload.author.kind === 'bot' ? ({ kind: 'bot', id: null } as const) : ({ kind: 'agent', id: payload.author.id } as const);
  return {
    tenantId: event.tenantId,
    conversationId,
    message: { messageId: payload.messageId ?? event.id, conversationId, author, text: payload.text, sentAt: event.occurredAt, clientMessageId: null },
  };
}
