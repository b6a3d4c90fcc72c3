import type { ConversationEvent, ThreadKind } from '@switchboard/contracts';
import { readable, type Personal } from '../personal';

/** A conversation as the read model shows it (its messages are timeline entries). */
export interface ConversationView {
  readonly id: string;
  /** The customer it belongs to now (after merges, the one that stayed). */
  readonly customerId: string;
  readonly channel: string;
  readonly channelId: string | null;
  readonly threadKind: ThreadKind;
  readonly subject: string | null;
  readonly status: 'open' | 'closed';
  readonly queue: string | null;
  readonly assignedAgentId: string | null;
  readonly tags: readonly string[];
  readonly disposition: string | null;
  readonly csatScore: number | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly lastActivityAt: string;
  readonly messageCount: number;
}

/** Folds an event (personal values opened) into the view; null until the conversation is opened. */
export function evolveConversationView(view: ConversationView | null, event: ConversationEvent<Personal>, occurredAt: string): ConversationView | null {
  if (event.type === 'conversation.opened.v1') {
    if (view !== null) return view;
    const { conversationId, customerId, channel, channelId, threadKind, subject } = event.data;
    return {
      id: conversationId,
      customerId,
      channel,
      channelId,
      threadKind,
      subject: readable(subject),
      status: 'open',
      queue: null,
      assignedAgentId: null,
      tags: [],
      disposition: null,
      csatScore: null,
      openedAt: occurredAt,
      closedAt: null,
      lastActivityAt: occurredAt,
      messageCount: 0,
    };
  }
  if (view === null) return null;
  const touched = { ...view, lastActivityAt: occurredAt > view.lastActivityAt ? occurredAt : view.lastActivityAt };
  switch (event.type) {
    case 'conversation.message-received.v1':
    case 'conversation.message-sent.v1':
      return { ...touched, messageCount: view.messageCount + 1 };
    case 'conversation.queued.v1':
      return { ...touched, queue: event.data.queue, assignedAgentId: null };
    case 'conversation.assigned.v1':
      return { ...touched, assignedAgentId: event.data.agentId };
    case 'conversation.transferred.v1':
      return { ...touched, assignedAgentId: event.data.toAgentId, queue: event.data.toQueue ?? view.queue };
    case 'conversation.tagged.v1': {
      const kept = view.tags.filter((tag) => !event.data.removed.includes(tag));
      return { ...touched, tags: [...kept, ...event.data.added.filter((tag) => !kept.includes(tag))] };
    }
    case 'conversation.wrapped-up.v1':
      return { ...touched, disposition: event.data.disposition };
    case 'conversation.closed.v1':
      return { ...touched, status: 'closed', closedAt: occurredAt };
    case 'conversation.reopened.v1':
      return { ...touched, status: 'open', closedAt: null };
    case 'conversation.csat-recorded.v1':
      return { ...touched, csatScore: event.data.score };
    case 'conversation.call-ringing.v1':
    case 'conversation.call-answered.v1':
    case 'conversation.call-ended.v1':
    case 'conversation.call-recorded.v1':
    case 'conversation.offered.v1':
    case 'conversation.note-added.v1':
      return touched;
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}
