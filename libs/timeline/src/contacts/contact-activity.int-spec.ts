import { RoutingEventTypes, Topics, contactIdOf, createEnvelope, newId, type EventEnvelope } from '@switchboard/contracts';
import { createTestPgliteDatabase } from '@switchboard/infra-sql/testing';
import { waitFor } from '@switchboard/testing';
import { uniquePhone, whatsappEvents } from '../testing/channel-scenario';
import { startTimelineTestApp, type TimelineTestApp } from '../testing/timeline-test-app';

interface ConversationBody {
  id: string;
  customerId: string;
  status: string;
  messages: { kind: string; direction: string; text: string | null; author: { kind: string; id: string | null } }[];
  routingHistory: { type: string; agentId: string | null; queue: string | null; detail: string | null }[];
}

const at = (seconds: number) => new Date(Date.parse('2026-11-23T09:05:00Z') + seconds * 1000);

/** A routing decision as the router publishes it, keyed by its contact. */
function routing(type: string, payload: Record<string, unknown>, seconds: number): EventEnvelope {
  return createEnvelope({ type, tenantId: 'demo', source: { channel: 'system', provider: 'router' }, subject: {}, payload }, { now: () => at(seconds), newId }) as EventEnvelope;
}

describe("the timeline follows a live contact: routing's decisions, the agent's replies and notes", () => {
  let t: TimelineTestApp;
  let agent: string;
  let agentId: string;
  const bearer = () => ({ Authorization: `Bearer ${agent}` });

  beforeAll(async () => {
    t = await startTimelineTestApp(() => createTestPgliteDatabase());
    agent = await t.login('agent1@demo.test');
    agentId = (await t.http().get('/api/auth/me').set(bearer()).expect(200)).body.id as string;
  });
  afterAll(async () => t?.close());

  const publishRouting = (events: EventEnvelope[]) =>
    t.bus.publish(Topics.routingEvents, events.map((event) => ({ key: String((event.payload as { contactId: string }).contactId), event })));
  const channelEvent = (type: string, source: EventEnvelope['source'], payload: Record<string, unknown>, seconds: number, contactId: string) =>
    createEnvelope({ type, tenantId: 'demo', source, subject: { conversationId: contactId }, payload }, { now: () => at(seconds), newId }) as EventEnvelope;

  async function conversationByContact(contactId: string, until: (body: ConversationBody) => boolean): Promise<ConversationBody> {
    return waitFor(
      async () => {
        const response = await t.http().get(`/api/conversations/${encodeURIComponent(contactId)}`).set(bearer());
        return response.status === 200 && until(response.body as ConversationBody) ? (response.body as ConversationBody) : null;
      },
      { what: `the conversation of contact ${contactId}` },
    );
  }

  it("records a WhatsApp contact's queueing, offer, assignment, the agent's reply and note, and wrap-up, under routing's contact id", async () => {
    const [received] = await whatsappEvents(uniquePhone(), 'Where is my order?');
    if (!received) throw new Error('the fixture made no event');
    const contactId = contactIdOf(received);
    if (!contactId) throw new Error('a WhatsApp event has a thread key');
    await t.publish([received]);

    await publishRouting([
      routing(RoutingEventTypes.contactQueued, { contactId, queueId: 'support', mode: 'agent' }, 1),
      routing(RoutingEventTypes.offerMade, { contactId, queueId: 'support', agentId }, 2),
      routing(RoutingEventTypes.contactAssigned, { contactId, queueId: 'support', agentId }, 3),
    ]);
    const replyRequestId = newId();
    const sent = createEnvelope(
      {
        type: 'message.sent.v1',
        tenantId: 'demo',
        source: { channel: 'whatsapp', provider: 'twilio', channelId: received.source.channelId ?? 'demo-sms' },
        subject: { conversationId: contactId },
        causationId: replyRequestId,
        payload: { conversationId: contactId, threadKey: contactId, providerMessageIds: ['SM-reply'], author: { kind: 'agent', id: agentId }, text: 'It ships tomorrow.' },
      },
      { now: () => at(4), newId },
    ) as EventEnvelope;
    const note = channelEvent('agent-note.added.v1', { channel: 'console', provider: 'console' }, { conversationId: contactId, noteId: newId(), authorId: agentId, text: 'Asked twice already' }, 5, contactId);
    await t.publish([sent, sent, note]);
    await publishRouting([routing(RoutingEventTypes.contactWrappedUp, { contactId, agentId, queueId: 'support', disposition: 'resolved', handledSeconds: 60 }, 6)]);

    const conversation = await conversationByContact(contactId, (body) => body.routingHistory.some((step) => step.type === 'closed'));
    expect(conversation.status).toBe('closed');
    expect(conversation.messages.filter((entry) => entry.kind === 'message').map((entry) => [entry.direction, entry.author.kind, entry.text])).toEqual([
      ['inbound', 'customer', 'Where is my order?'],
      ['outbound', 'agent', 'It ships tomorrow.'],
    ]);
    expect(conversation.messages.some((entry) => entry.kind === 'note' && entry.text === 'Asked twice already')).toBe(true);
    expect(conversation.routingHistory.map((step) => [step.type, step.agentId, step.queue])).toEqual([
      ['queued', null, 'support'],
      ['offered', agentId, null],
      ['assigned', agentId, null],
      ['wrapped-up', agentId, null],
      ['closed', null, null],
    ]);
    // The same conversation under its own id, and in the customer's timeline.
    const byId = await t.http().get(`/api/conversations/${conversation.id}`).set(bearer()).expect(200);
    expect(byId.body.id).toBe(conversation.id);
    const timeline = await waitFor(
      async () => {
        const response = await t.http().get(`/api/customers/${conversation.customerId}/timeline`).set(bearer()).expect(200);
        return (response.body.entries as { text: string | null }[]).some((entry) => entry.text === 'It ships tomorrow.') ? response.body.entries : null;
      },
      { what: "the agent's reply in the customer's timeline" },
    );
    expect(timeline.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a web chat conversation under the id the widget gave it', async () => {
    const conversationId = newId();
    const visitorMessage = channelEvent(
      'message.received.v1',
      { channel: 'chat', provider: 'widget', providerEventId: newId() },
      { threadKey: conversationId, providerMessageId: newId(), from: { kind: 'chat-visitor', value: newId() }, fromName: 'Ana', channelAddress: 'widget', text: 'Do you ship to Spain?', media: [] },
      0,
      conversationId,
    );
    await t.publish([visitorMessage]);
    const conversation = await conversationByContact(conversationId, (body) => body.messages.length === 1);
    expect(conversation.id).toBe(conversationId);
  });

  it('ignores routing of a contact it never recorded, without failing', async () => {
    const outcome = await t.timeline.contactActivity.handle(routing(RoutingEventTypes.contactAssigned, { contactId: `unknown-${newId()}`, queueId: 'support', agentId }, 0));
    expect(outcome).toEqual({ kind: 'ignored', reason: 'no conversation recorded for this contact' });
  });
});
