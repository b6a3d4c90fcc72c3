import {
  OutboundEventTypes,
  RealtimeBusEventTypes,
  WIDGET_PROVIDER,
  createEnvelope,
  type AgentNoteAddedPayload,
  type ConversationMessage,
  type MessageSentPayload,
  type NotePush,
  type ReplyAuthor,
} from '@switchboard/contracts';
import type { OutgoingMessage } from '@switchboard/infra-bus';
import type { ReplyAddress } from './conversation-log';
import { outgoing } from '../shared/outgoing';
import { replyRequestedPayload } from './reply-requested';

// The envelope's id is the message's (or note's) id, so a consumer deduplicating by event id and a
// console matching by message id agree.
const contextFor = (id: string, at: string) => ({ now: () => new Date(at), newId: () => id });

/** Only agents write replies in the console; the message's author names which one. */
const agentAuthor = (message: ConversationMessage): ReplyAuthor => ({ kind: 'agent', id: message.author.id });

/** An agent's reply delivered to the widget, recorded for the timeline: `message.sent.v1` on `Topics.channelEvents`. */
export function chatMessageSent(tenantId: string, address: ReplyAddress, message: ConversationMessage): OutgoingMessage {
  const payload: MessageSentPayload = {
    channelId: address.channelId,
    conversationId: message.conversationId,
    threadKey: address.threadKey,
    to: address.to,
    messageId: message.messageId,
    author: agentAuthor(message),
    text: message.text,
    attempts: 1,
    providerMessageIds: [message.messageId],
  };
  const event = createEnvelope(
    { type: RealtimeBusEventTypes.chatMessageSent, tenantId, source: { channel: 'chat', provider: WIDGET_PROVIDER }, subject: { conversationId: message.conversationId }, payload },
    contextFor(message.messageId, message.sentAt),
  );
  return outgoing(address.threadKey, event);
}

/** An agent's reply to send through the customer's channel: `message.reply-requested.v1` on `Topics.outboundMessages`. */
export function replyRequested(tenantId: string, address: ReplyAddress, message: ConversationMessage): OutgoingMessage {
  const payload = replyRequestedPayload(address, message.conversationId, agentAuthor(message), message.text);
  const event = createEnvelope(
    { type: OutboundEventTypes.replyRequested, tenantId, source: { channel: address.channel, provider: 'console', channelId: address.channelId }, subject: { conversationId: message.conversationId }, payload },
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
