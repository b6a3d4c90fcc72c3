import { asRoutingEvent, RoutingEventTypes, type ConversationAuthor, type EventEnvelope, type RoutingEvent } from '@switchboard/contracts';
import type { ConversationCommand } from '../conversation/conversation.commands';
import { emailThreadKey } from '../threading/thread-rule';

/** Event types from the live handling of a conversation (agents, the widget), published with the channel events. */
export const AgentActivityTypes = {
  messageSent: 'message.sent.v1',
  noteAdded: 'agent-note.added.v1',
  csatSubmitted: 'csat.submitted.v1',
} as const;

/**
 * What the timeline does with something that happened to a live contact rather than arrived from
 * the customer: an agent's (or bot's) reply that went out, an internal note, a routing decision.
 * These name the contact by routing's id (`contactIdOf`), which the timeline follows to the
 * conversation it stands for now. `threadKeys` are keys that must lead to that conversation from now
 * on (the Message-ID of an email reply, so the customer's answer to it threads there).
 */
export type ContactActivity =
  | {
      readonly kind: 'follow';
      readonly contactId: string;
      readonly occurredAt: string;
      readonly commands: readonly ConversationCommand[];
      readonly threadKeys: readonly string[];
    }
  | { readonly kind: 'ignore'; readonly reason: string };

export function planContactActivity(event: EventEnvelope): ContactActivity {
  if (event.type === AgentActivityTypes.messageSent) return sentMessage(event);
  if (event.type === AgentActivityTypes.noteAdded) return addedNote(event);
  if (event.type === AgentActivityTypes.csatSubmitted) return submittedRating(event);
  const routing = asRoutingEvent(event);
  if (routing) return routingStep(routing);
  return { kind: 'ignore', reason: `not contact activity: ${event.type}` };
}

/** True for the event types `planContactActivity` may follow (others are channel intake's). */
export function isContactActivityType(type: string): boolean {
  return Object.values<string>(AgentActivityTypes).includes(type) || asRoutingEvent({ type } as EventEnvelope) !== null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function follow(contactId: string, event: Pick<EventEnvelope, 'occurredAt'>, commands: ConversationCommand[], threadKeys: string[] = []): ContactActivity {
  return { kind: 'follow', contactId, occurredAt: event.occurredAt, commands, threadKeys };
}

function authorOf(value: unknown): ConversationAuthor | null {
  const author = value as { kind?: unknown; id?: unknown } | null | undefined;
  if (!author || (author.kind !== 'agent' && author.kind !== 'bot' && author.kind !== 'system')) return null;
  return { kind: author.kind, id: typeof author.id === 'string' ? author.id : null };
}

interface SentPayload {
  readonly conversationId?: unknown;
  readonly messageId?: unknown;
  readonly author?: unknown;
  readonly text?: unknown;
  readonly providerMessageIds?: unknown;
}

function sentMessage(event: EventEnvelope): ContactActivity {
  const payload = event.payload as SentPayload;
  const contactId = text(payload.conversationId);
  const body = text(payload.text);
  const author = authorOf(payload.author);
  if (!contactId) return { kind: 'ignore', reason: 'a sent message without its conversation' };
  if (!body || !author) return { kind: 'ignore', reason: 'a sent message without its text or author' };
  // The reply's own id when it has one (the widget's), else the request that caused this report.
  const messageId = text(payload.messageId) ?? event.causationId ?? event.id;
  const providerIds = Array.isArray(payload.providerMessageIds) ? payload.providerMessageIds.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  const threadKeys = event.source.channel === 'email' ? providerIds.map(emailThreadKey) : [];
  return follow(contactId, event, [{ type: 'SendMessage', data: { messageId, author, text: body } }], threadKeys);
}

function addedNote(event: EventEnvelope): ContactActivity {
  const payload = event.payload as { conversationId?: unknown; noteId?: unknown; authorId?: unknown; text?: unknown };
  const contactId = text(payload.conversationId);
  const noteId = text(payload.noteId);
  const authorId = text(payload.authorId);
  const body = text(payload.text);
  if (!contactId || !noteId || !authorId || !body) return { kind: 'ignore', reason: 'a note without its conversation, id, author or text' };
  return follow(contactId, event, [{ type: 'AddNote', data: { noteId, authorId, text: body } }]);
}

function submittedRating(event: EventEnvelope): ContactActivity {
  const payload = event.payload as { conversationId?: unknown; score?: unknown; comment?: unknown };
  const contactId = text(payload.conversationId);
  if (!contactId || typeof payload.score !== 'number') return { kind: 'ignore', reason: 'a rating without its conversation or score' };
  return follow(contactId, event, [{ type: 'RecordCsat', data: { score: payload.score, comment: text(payload.comment) } }]);
}

/** Routing's decisions as the conversation's routing history; offers that came to nothing are routing's own business. */
function routingStep(event: RoutingEvent): ContactActivity {
  switch (event.type) {
    case RoutingEventTypes.contactQueued:
      if (event.payload.mode === 'self-service') return { kind: 'ignore', reason: 'in self-service: not waiting for an agent yet' };
      return follow(event.payload.contactId, event, [{ type: 'QueueConversation', data: { queue: event.payload.queueId } }]);
    case RoutingEventTypes.agentRequested:
      return follow(event.payload.contactId, event, [{ type: 'QueueConversation', data: { queue: event.payload.queueId } }]);
    case RoutingEventTypes.offerMade:
      return follow(event.payload.contactId, event, [{ type: 'OfferConversation', data: { agentId: event.payload.agentId } }]);
    case RoutingEventTypes.contactAssigned:
      return follow(event.payload.contactId, event, [{ type: 'AssignConversation', data: { agentId: event.payload.agentId } }]);
    case RoutingEventTypes.contactTransferred: {
      const { contactId, toAgentId, toQueueId, byUserId } = event.payload;
      return follow(contactId, event, [{ type: 'TransferConversation', data: { toAgentId, toQueue: toQueueId, byUserId } }]);
    }
    case RoutingEventTypes.contactWrappedUp: {
      const { contactId, agentId, disposition } = event.payload;
      return follow(contactId, event, [
        { type: 'WrapUp', data: { agentId, disposition: disposition ?? 'none' } },
        { type: 'CloseConversation', data: { reason: 'agent' } },
      ]);
    }
    case RoutingEventTypes.contactAbandoned:
      return follow(event.payload.contactId, event, [{ type: 'CloseConversation', data: { reason: 'abandoned' } }]);
    case RoutingEventTypes.selfServiceResolved:
      return follow(event.payload.contactId, event, [{ type: 'CloseConversation', data: { reason: 'self-service' } }]);
    default:
      return { kind: 'ignore', reason: `${event.type} is not part of a conversation's history` };
  }
}
