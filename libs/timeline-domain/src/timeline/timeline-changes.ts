import type { ConversationEvent } from '@switchboard/contracts';
import { isUnreadable, readable, type Personal } from '../personal';
import type { RoutingStep } from './routing-step';
import { callEntryId, type CallUpdate, type EntryKind, type TimelineEntry } from './timeline-entry';

/** What one conversation event changes in the timeline read model. */
export type TimelineChange =
  | { readonly kind: 'entry-added'; readonly entry: TimelineEntry }
  | { readonly kind: 'call-updated'; readonly entryId: string; readonly update: CallUpdate }
  | { readonly kind: 'routing-recorded'; readonly step: RoutingStep };

/** Where the event happened: its id and time from the envelope, its channel from the conversation. */
export interface ChangeContext {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly channel: string;
}

/** Shapes a conversation event (opened: personal values read back, or unreadable) into timeline changes. */
export function timelineChangesFor(event: ConversationEvent<Personal>, context: ChangeContext): TimelineChange[] {
  const base = { conversationId: event.data.conversationId, occurredAt: context.occurredAt, channel: context.channel };
  const routing = (type: RoutingStep['type'], agentId: string | null, queue: string | null, detail: string | null): TimelineChange[] => [
    { kind: 'routing-recorded', step: { id: context.eventId, conversationId: base.conversationId, occurredAt: context.occurredAt, type, agentId, queue, detail } },
  ];
  switch (event.type) {
    case 'conversation.message-received.v1': {
      const { text, subject, media, reaction, location } = event.data;
      const personal = [text, subject, location, ...media.flatMap((item) => [item.filename, item.caption])];
      const entry: TimelineEntry = {
        ...base,
        id: context.eventId,
        kind: messageKind(context.channel, subject),
        direction: 'inbound',
        author: { kind: 'customer', id: null },
        text: readable(text) ?? readable(location) ?? reaction?.emoji ?? null,
        subject: readable(subject),
        unreadable: personal.some(isUnreadable),
        media: media.map((item) => ({ kind: item.kind, contentType: item.contentType, filename: readable(item.filename) })),
        call: null,
      };
      return [{ kind: 'entry-added', entry }];
    }
    case 'conversation.message-sent.v1':
      return [
        {
          kind: 'entry-added',
          entry: {
            ...base,
            id: context.eventId,
            kind: messageKind(context.channel, null),
            direction: 'outbound',
            author: event.data.author,
            text: readable(event.data.text),
            subject: null,
            unreadable: isUnreadable(event.data.text),
            media: [],
            call: null,
          },
        },
      ];
    case 'conversation.note-added.v1':
      return [
        {
          kind: 'entry-added',
          entry: {
            ...base,
            id: context.eventId,
            kind: 'note',
            direction: 'internal',
            author: { kind: 'agent', id: event.data.authorId },
            text: readable(event.data.text),
            subject: null,
            unreadable: isUnreadable(event.data.text),
            media: [],
            call: null,
          },
        },
      ];
    case 'conversation.call-ringing.v1': {
      const { providerCallId, direction } = event.data;
      const entry: TimelineEntry = {
        ...base,
        id: callEntryId(base.conversationId),
        kind: 'call',
        direction,
        author: direction === 'inbound' ? { kind: 'customer', id: null } : { kind: 'agent', id: null },
        text: null,
        subject: null,
        unreadable: isUnreadable(event.data.remoteNumber),
        media: [],
        call: { providerCallId, direction, status: 'ringing', outcome: null, durationSeconds: null, answeredBy: null, recordings: 0 },
      };
      return [{ kind: 'entry-added', entry }];
    }
    case 'conversation.call-answered.v1':
      return [{ kind: 'call-updated', entryId: callEntryId(base.conversationId), update: { status: 'answered', answeredBy: event.data.agentId } }];
    case 'conversation.call-ended.v1':
      return [
        {
          kind: 'call-updated',
          entryId: callEntryId(base.conversationId),
          update: { status: 'ended', outcome: event.data.outcome, durationSeconds: event.data.durationSeconds },
        },
      ];
    case 'conversation.call-recorded.v1':
      return [{ kind: 'call-updated', entryId: callEntryId(base.conversationId), update: { recordingAdded: true } }];
    case 'conversation.queued.v1':
      return routing('queued', null, event.data.queue, null);
    case 'conversation.offered.v1':
      return routing('offered', event.data.agentId, null, null);
    case 'conversation.assigned.v1':
      return routing('assigned', event.data.agentId, null, null);
    case 'conversation.transferred.v1':
      return routing('transferred', event.data.toAgentId, event.data.toQueue, event.data.fromAgentId === null ? null : `from ${event.data.fromAgentId}`);
    case 'conversation.wrapped-up.v1':
      return routing('wrapped-up', event.data.agentId, null, event.data.disposition);
    case 'conversation.closed.v1':
      return routing('closed', null, null, event.data.reason);
    case 'conversation.reopened.v1':
      return routing('reopened', null, null, event.data.reason);
    case 'conversation.csat-recorded.v1':
      return routing('csat-recorded', null, null, String(event.data.score));
    case 'conversation.tagged.v1':
      return routing('tagged', event.data.byUserId, null, [...event.data.added.map((tag) => `+${tag}`), ...event.data.removed.map((tag) => `-${tag}`)].join(' '));
    case 'conversation.opened.v1':
      return [];
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

function messageKind(channel: string, subject: Personal | null): EntryKind {
  return channel === 'email' || subject !== null ? 'email' : 'message';
}
