import { ChannelEventTypes, RealtimeBusEventTypes, WIDGET_PROVIDER, createEnvelope, newId, type ConversationMessage, type CsatSubmittedPayload, type MessageReceivedPayload } from '@switchboard/contracts';
import type { OutgoingMessage } from '@switchboard/infra-bus';
import { outgoing } from '../shared/outgoing';
import type { ChatSession } from './sessions/chat-session-store';

/**
 * A widget customer's message as every other channel's: `message.received.v1` on
 * `Topics.channelEvents`, source `chat`/`widget`, sender `chat-visitor:<visitorId>`, keyed and
 * threaded by the conversation id, with the message id as event id and provider message id.
 */
export function chatMessageReceived(session: ChatSession, message: ConversationMessage): OutgoingMessage {
  const payload: MessageReceivedPayload = {
    threadKey: session.conversationId,
    providerMessageId: message.messageId,
    from: { kind: 'chat-visitor', value: session.visitorId },
    ...(session.name ? { fromName: session.name } : {}),
    channelAddress: WIDGET_PROVIDER,
    text: message.text,
    media: [],
  };
  const event = createEnvelope(
    {
      type: ChannelEventTypes.messageReceived,
      tenantId: session.tenantId,
      source: { channel: 'chat', provider: WIDGET_PROVIDER, providerEventId: message.messageId },
      subject: { conversationId: session.conversationId },
      payload,
    },
    { now: () => new Date(message.sentAt), newId: () => message.messageId },
  );
  return outgoing(session.conversationId, event);
}

/** The customer's rating: `csat.submitted.v1` on `Topics.channelEvents`, keyed like the conversation's messages. */
export function csatSubmitted(session: ChatSession, rating: { score: number; comment: string | null }, ratedAt: string): OutgoingMessage {
  const payload: CsatSubmittedPayload = { conversationId: session.conversationId, score: rating.score, comment: rating.comment };
  const event = createEnvelope(
    {
      type: RealtimeBusEventTypes.csatSubmitted,
      tenantId: session.tenantId,
      source: { channel: 'chat', provider: WIDGET_PROVIDER },
      subject: { conversationId: session.conversationId },
      payload,
    },
    { now: () => new Date(ratedAt), newId },
  );
  return outgoing(session.conversationId, event);
}
