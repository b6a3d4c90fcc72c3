import type { ConversationEvent } from '@switchboard/contracts';
import { UNREADABLE, type Personal } from '../personal';
import { evolveConversationView } from './conversation-view';
import { timelineChangesFor } from './timeline-changes';
import { applyCallUpdate, redactEntry, type TimelineEntry } from './timeline-entry';

const C = 'conv-1';
const context = { eventId: 'ev-1', occurredAt: '2026-11-23T09:00:00.000Z', channel: 'whatsapp' };
const received = (text: Personal | null, extra: Partial<Extract<ConversationEvent<Personal>, { type: 'conversation.message-received.v1' }>['data']> = {}): ConversationEvent<Personal> => ({
  type: 'conversation.message-received.v1',
  data: { conversationId: C, messageId: 'm1', providerMessageId: null, text, subject: null, fromName: 'Jane', emailMessageId: null, media: [], replyToProviderMessageId: null, reaction: null, location: null, ...extra },
});

describe('timeline entries', () => {
  it('shows an inbound message from the customer with its text', () => {
    expect(timelineChangesFor(received('Is the store open on Sunday?'), context)).toEqual([
      {
        kind: 'entry-added',
        entry: {
          id: 'ev-1',
          conversationId: C,
          occurredAt: context.occurredAt,
          channel: 'whatsapp',
          kind: 'message',
          direction: 'inbound',
          author: { kind: 'customer', id: null },
          text: 'Is the store open on Sunday?',
          subject: null,
          unreadable: false,
          media: [],
          call: null,
        },
      },
    ]);
  });

  it('shows an email with its subject, and a message whose key was destroyed as unreadable', () => {
    const [email] = timelineChangesFor(received('Bonjour', { subject: 'Réclamation' }), { ...context, channel: 'email' });
    expect(email).toMatchObject({ entry: { kind: 'email', subject: 'Réclamation', text: 'Bonjour' } });
    const [erased] = timelineChangesFor(received(UNREADABLE, { subject: UNREADABLE }), { ...context, channel: 'email' });
    expect(erased).toMatchObject({ entry: { text: null, subject: null, unreadable: true } });
  });

  it('keeps one entry per call, summarised as the call moves on', () => {
    const [ringing] = timelineChangesFor(
      { type: 'conversation.call-ringing.v1', data: { conversationId: C, providerCallId: 'CA1', direction: 'inbound', remoteNumber: '+1', line: '+2' } },
      { ...context, channel: 'voice' },
    );
    if (ringing?.kind !== 'entry-added' || ringing.entry.call === null) throw new Error('expected a call entry');
    expect(ringing.entry).toMatchObject({ id: `${C}:call`, kind: 'call', direction: 'inbound', text: null });
    const [ended] = timelineChangesFor({ type: 'conversation.call-ended.v1', data: { conversationId: C, providerCallId: 'CA1', outcome: 'completed', durationSeconds: 242 } }, context);
    if (ended?.kind !== 'call-updated') throw new Error('expected a call update');
    expect(applyCallUpdate(ringing.entry.call, ended.update)).toEqual({
      providerCallId: 'CA1',
      direction: 'inbound',
      status: 'ended',
      outcome: 'completed',
      durationSeconds: 242,
      answeredBy: null,
      recordings: 0,
    });
  });

  it('puts routing in the conversation history, not in the timeline', () => {
    expect(timelineChangesFor({ type: 'conversation.assigned.v1', data: { conversationId: C, agentId: 'agent-1' } }, context)).toEqual([
      { kind: 'routing-recorded', step: { id: 'ev-1', conversationId: C, occurredAt: context.occurredAt, type: 'assigned', agentId: 'agent-1', queue: null, detail: null } },
    ]);
  });

  it('redacts an entry to who, when and how', () => {
    const entry: TimelineEntry = {
      id: 'e',
      conversationId: C,
      occurredAt: context.occurredAt,
      channel: 'email',
      kind: 'email',
      direction: 'inbound',
      author: { kind: 'customer', id: null },
      text: 'secret',
      subject: 'secret too',
      unreadable: false,
      media: [{ kind: 'attachment', contentType: 'application/pdf', filename: 'invoice.pdf' }],
      call: null,
    };
    expect(redactEntry(entry)).toEqual({ ...entry, text: null, subject: null, unreadable: true, media: [{ kind: 'attachment', contentType: 'application/pdf', filename: null }] });
  });
});

describe('conversation view', () => {
  it('follows status, routing, tags and activity', () => {
    const events: [ConversationEvent<Personal>, string][] = [
      [{ type: 'conversation.opened.v1', data: { conversationId: C, customerId: 'k', channel: 'email', channelId: 'demo-email', threadKind: 'email', subject: 'Hello' } }, '2026-11-23T09:00:00.000Z'],
      [received('hi'), '2026-11-23T09:01:00.000Z'],
      [{ type: 'conversation.queued.v1', data: { conversationId: C, queue: 'support' } }, '2026-11-23T09:02:00.000Z'],
      [{ type: 'conversation.assigned.v1', data: { conversationId: C, agentId: 'agent-1' } }, '2026-11-23T09:03:00.000Z'],
      [{ type: 'conversation.tagged.v1', data: { conversationId: C, added: ['vip'], removed: [], byUserId: 'agent-1' } }, '2026-11-23T09:04:00.000Z'],
      [{ type: 'conversation.closed.v1', data: { conversationId: C, reason: 'resolved' } }, '2026-11-23T09:05:00.000Z'],
    ];
    const view = events.reduce((current, [event, at]) => evolveConversationView(current, event, at), null as ReturnType<typeof evolveConversationView>);
    expect(view).toEqual({
      id: C,
      customerId: 'k',
      channel: 'email',
      channelId: 'demo-email',
      threadKind: 'email',
      subject: 'Hello',
      status: 'closed',
      queue: 'support',
      assignedAgentId: 'agent-1',
      tags: ['vip'],
      disposition: null,
      csatScore: null,
      openedAt: '2026-11-23T09:00:00.000Z',
      closedAt: '2026-11-23T09:05:00.000Z',
      lastActivityAt: '2026-11-23T09:05:00.000Z',
      messageCount: 1,
    });
  });
});
