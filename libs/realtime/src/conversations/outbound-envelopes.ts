import {
  RealtimeBusEventTypes,
  WIDGET_PROVIDER,
  createEnvelope,
  type AgentNoteAddedPayload,
  type ChatMessageSentPayload,
  type ConversationMessage,
  type NotePush,
} from '@switchboard/contracts';
import type { OutgoingMessage } from '@switchboard/infra-bus';
import type { ReplyAddress } from './conversation-log';
import { outgoing } from '../shared/outgoing';
import { REPLY_REQUESTED, type ReplyRequestedPayload } from './reply-requested';

// The envelope's id is the message's (or note's) id, so a consumer deduplicating by event id and a
// console matching by message id agree.
const contextFor = (id: string, at: string) => ({ now: () => new Date(at), newId: () => id });

/** An agent's reply delivered to the widget, recorded for the timeline: `message.sent.v1` on `Topics.channelEvents`. */
export function chatMessageSent(tenantId: string, address: ReplyAddress, message: ConversationMessage): OutgoingMessage {
  const payload: ChatMessageSentPayload = {
    channelId: address.channelId,
    conversationId: message.conversationId,
    threadKey: address.threadKey,
    to: address.to,
    attempts: 1,
    providerMessageIds: [message.messageId],
    messageId: message.messageId,
    author: message.author,
    text: message.text,
  };
  const event = createEnvelope(
    { type: RealtimeBusEventTypes.chatMessageSent, tenantId, source: { channel: 'chat', provider: WIDGET_PROVIDER }, subject: { conversationId: message.conversationId }, payload },
    contextFor(message.messageId, message.sentAt),
  );
  return outgoing(address.threadKey, event);
}

/** An agent's reply to send through the customer's channel: `message.reply-requested.v1` on `Topics.outboundMessages`. */
export function replyRequested(tenantId: string, address: ReplyAddress, message: ConversationMessage): OutgoingMessage {
  const payload: ReplyRequestedPayload = {
    channelId: address.channelId,
    conversationId: message.conversationId,
    threadKey: address.threadKey,
    reply: {
      to: address.to,
      ...(address.channelAddress ? { channelAddress: address.channelAddress } : {}),
      text: message.text,
      ...(address.lastProviderMessageId ? { replyToProviderMessageId: address.lastProviderMessageId } : {}),
    },
    ...(address.emailThread ? { emailThread: { ...address.emailThread, references: [...address.emailThread.references] } } : {}),
  };
  const event = createEnvelope(
    { type: REPLY_REQUESTED, tenantId, source: { channel: address.channel, provider: 'console', channelId: address.channelId }, subject: { conversationId: message.conversationId }, payload },
    contextFor(message.messageId, message.sentAt),
  );
  return outgoing(address.threadKey, event);
}

/** An internal note for the timeline: `agent-note.added.v1` on `Topics.channelEvents`, keyed like the conversation's events. */
export function agentNoteAdded(tenantId: string, key: string, note: NotePush): OutgoingMessage {
  const payload: AgentNoteAddedPayload = { conversationId: note.conversationId, noteId: note.noteId, authorId: note.authorId, text: note.text };
  const event = createEnvelope(
    { type: RealtimeBusEventTypes.agentNoteAdded, tenantId, source: { channel: 'console', provider: 'console' }, subject: { conversationId: note.conversationId }, payload },
    contextFor(note.noteId, note.addedAt),
  );
  return outgoing(key, event);
}
