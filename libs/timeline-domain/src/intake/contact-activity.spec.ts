import { createEnvelope, RoutingEventTypes, type EventEnvelope } from '@switchboard/contracts';
import { emailThreadKey } from '../threading/thread-rule';
import { isContactActivityType, planContactActivity } from './contact-activity';

const at = new Date('2026-11-23T10:00:00Z');
const envelope = (type: string, payload: unknown, source: EventEnvelope['source'] = { channel: 'console', provider: 'console' }, causationId?: string): EventEnvelope =>
  createEnvelope({ type, tenantId: 'acme', source, subject: {}, payload, ...(causationId ? { causationId } : {}) }, { now: () => at, newId: () => 'evt-1' }) as EventEnvelope;

describe('planContactActivity', () => {
  it("follows an agent's reply to its contact, with its text and author", () => {
    const sent = envelope('message.sent.v1', { conversationId: 'demo-sms:phone:+447700900123', author: { kind: 'agent', id: 'u-1' }, text: 'On its way', providerMessageIds: ['SM1'] }, { channel: 'sms', provider: 'twilio' }, 'req-9');
    expect(planContactActivity(sent)).toEqual({
      kind: 'follow',
      contactId: 'demo-sms:phone:+447700900123',
      occurredAt: at.toISOString(),
      commands: [{ type: 'SendMessage', data: { messageId: 'req-9', author: { kind: 'agent', id: 'u-1' }, text: 'On its way' } }],
      threadKeys: [],
    });
  });

  it("threads the customer's answer to an emailed reply into the same conversation", () => {
    const sent = envelope('message.sent.v1', { conversationId: 'c', messageId: 'm-1', author: { kind: 'agent', id: 'u-1' }, text: 'Hi', providerMessageIds: ['<r1@acme.test>'] }, { channel: 'email', provider: 'smtp' });
    expect(planContactActivity(sent)).toMatchObject({ kind: 'follow', threadKeys: [emailThreadKey('<r1@acme.test>')], commands: [{ data: { messageId: 'm-1' } }] });
  });

  it('ignores a sent report that does not say what was written or by whom', () => {
    expect(planContactActivity(envelope('message.sent.v1', { conversationId: 'c', providerMessageIds: ['SM1'] }))).toMatchObject({ kind: 'ignore' });
    expect(planContactActivity(envelope('message.sent.v1', { conversationId: 'c', text: 'x', author: { kind: 'customer', id: null } }))).toMatchObject({ kind: 'ignore' });
  });

  it('follows a note', () => {
    expect(planContactActivity(envelope('agent-note.added.v1', { conversationId: 'c', noteId: 'n-1', authorId: 'u-1', text: 'VIP' }))).toMatchObject({
      kind: 'follow',
      commands: [{ type: 'AddNote', data: { noteId: 'n-1', authorId: 'u-1', text: 'VIP' } }],
    });
  });

  it("turns routing's decisions into the conversation's routing history", () => {
    const routing = (type: string, payload: object) => planContactActivity(envelope(type, { contactId: 'c', queueId: 'support', ...payload }));
    expect(routing(RoutingEventTypes.contactQueued, { mode: 'agent' })).toMatchObject({ commands: [{ type: 'QueueConversation', data: { queue: 'support' } }] });
    expect(routing(RoutingEventTypes.contactQueued, { mode: 'self-service' })).toMatchObject({ kind: 'ignore' });
    expect(routing(RoutingEventTypes.agentRequested, {})).toMatchObject({ commands: [{ type: 'QueueConversation' }] });
    expect(routing(RoutingEventTypes.offerMade, { agentId: 'a-1' })).toMatchObject({ commands: [{ type: 'OfferConversation', data: { agentId: 'a-1' } }] });
    expect(routing(RoutingEventTypes.contactAssigned, { agentId: 'a-1' })).toMatchObject({ commands: [{ type: 'AssignConversation', data: { agentId: 'a-1' } }] });
    expect(routing(RoutingEventTypes.contactTransferred, { toAgentId: null, toQueueId: 'billing', byUserId: 'a-1' })).toMatchObject({
      commands: [{ type: 'TransferConversation', data: { toAgentId: null, toQueue: 'billing', byUserId: 'a-1' } }],
    });
    expect(routing(RoutingEventTypes.contactWrappedUp, { agentId: 'a-1', disposition: null })).toMatchObject({
      commands: [{ type: 'WrapUp', data: { agentId: 'a-1', disposition: 'none' } }, { type: 'CloseConversation', data: { reason: 'agent' } }],
    });
    expect(routing(RoutingEventTypes.contactAbandoned, {})).toMatchObject({ commands: [{ type: 'CloseConversation', data: { reason: 'abandoned' } }] });
    expect(routing(RoutingEventTypes.selfServiceResolved, {})).toMatchObject({ commands: [{ type: 'CloseConversation', data: { reason: 'self-service' } }] });
    expect(routing(RoutingEventTypes.offerExpired, { agentId: 'a-1' })).toMatchObject({ kind: 'ignore' });
  });

  it("follows the customer's rating of the conversation", () => {
    expect(planContactActivity(envelope('csat.submitted.v1', { conversationId: 'c', score: 4, comment: ' ' }))).toMatchObject({
      kind: 'follow',
      commands: [{ type: 'RecordCsat', data: { score: 4, comment: null } }],
    });
    expect(planContactActivity(envelope('csat.submitted.v1', { conversationId: 'c' }))).toMatchObject({ kind: 'ignore' });
  });

  it('knows which types are its own', () => {
    expect(isContactActivityType('message.sent.v1')).toBe(true);
    expect(isContactActivityType(RoutingEventTypes.offerMade)).toBe(true);
    expect(isContactActivityType('message.received.v1')).toBe(false);
  });
});
