import { createEnvelope, type RoutingEvent, type RoutingFact } from '@switchboard/contracts';
import { pushesFor } from './routing-pushes';

let ids = 0;
const context = { now: () => new Date('2026-03-02T09:00:00.000Z'), newId: () => `e${++ids}` };
const routed = (fact: RoutingFact): RoutingEvent =>
  createEnvelope<string, unknown>({ type: fact.type, payload: fact.payload, tenantId: 'demo', source: { channel: 'system', provider: 'router' } }, context) as RoutingEvent;

describe('pushesFor', () => {
  it("sends an offer with its countdown to the offered agent's room only", () => {
    const decision = { rule: 'best-fit' as const, because: 'only one', candidatesConsidered: 1, candidates: [], overflowSteps: [] };
    const event = routed({
      type: 'routing.offer-made.v1',
      payload: { contactId: 'c1', offerId: 'o1', queueId: 'web', agentId: 'a1', channel: 'chat', offeredAt: '2026-03-02T09:00:00.000Z', expiresAt: '2026-03-02T09:00:20.000Z', timeoutSeconds: 20, decision },
    });
    expect(pushesFor(event)).toEqual([
      { namespace: 'agent', room: 'agent:demo:a1', event: 'offer', payload: { offerId: 'o1', conversationId: 'c1', queueId: 'web', channel: 'chat', offeredAt: '2026-03-02T09:00:00.000Z', expiresAt: '2026-03-02T09:00:20.000Z' } },
    ]);
  });

  it('tells the agent when the offer is a callback to make', () => {
    const decision = { rule: 'best-fit' as const, because: 'only one', candidatesConsidered: 1, candidates: [], overflowSteps: [] };
    const event = routed({
      type: 'routing.offer-made.v1',
      payload: { contactId: 'c2', offerId: 'o2', queueId: 'phone', agentId: 'a1', channel: 'voice', offeredAt: '2026-03-02T09:00:00.000Z', expiresAt: '2026-03-02T09:00:20.000Z', timeoutSeconds: 20, decision, callback: true },
    });
    expect(pushesFor(event)[0]).toMatchObject({ event: 'offer', payload: { conversationId: 'c2', channel: 'voice', callback: true } });
  });

  it("joins the agent's sockets to the conversation on assignment and tells the widget", () => {
    const event = routed({ type: 'routing.contact-assigned.v1', payload: { contactId: 'c1', agentId: 'a1', queueId: 'web', channel: 'chat', waitedSeconds: 3, withinServiceLevel: true } });
    expect(pushesFor(event)).toEqual([
      { namespace: 'agent', change: 'join', sockets: 'agent:demo:a1', room: 'conversation:demo:c1' },
      { namespace: 'agent', room: 'agent:demo:a1', event: 'conversation:assigned', payload: { conversationId: 'c1', queueId: 'web', channel: 'chat' } },
      { namespace: 'chat', room: 'chat:demo:c1', event: 'chat:status', payload: { conversationId: 'c1', status: 'assigned' } },
    ]);
  });

  it('ends offers with the reason routing gave', () => {
    const missed = { contactId: 'c1', offerId: 'o1', agentId: 'a1', queueId: 'web', missesInARow: 1, agentSetAway: false };
    expect(pushesFor(routed({ type: 'routing.offer-expired.v1', payload: missed }))[0]).toMatchObject({ event: 'offer:ended', payload: { reason: 'expired' } });
    expect(pushesFor(routed({ type: 'routing.offer-declined.v1', payload: missed }))[0]).toMatchObject({ event: 'offer:ended', payload: { reason: 'declined' } });
    expect(pushesFor(routed({ type: 'routing.offer-withdrawn.v1', payload: { contactId: 'c1', offerId: 'o1', agentId: 'a1', reason: 'customer-left' } }))[0]).toMatchObject({
      event: 'offer:ended',
      payload: { reason: 'withdrawn' },
    });
  });

  it('takes a transferred conversation away from the agent who had it, and the widget waits again', () => {
    const event = routed({ type: 'routing.contact-transferred.v1', payload: { contactId: 'c1', kind: 'transfer', byUserId: 'a1', fromAgentId: 'a1', fromQueueId: 'web', toQueueId: 'billing', toAgentId: null } });
    expect(pushesFor(event)).toEqual([
      { namespace: 'agent', room: 'agent:demo:a1', event: 'conversation:ended', payload: { conversationId: 'c1', reason: 'transferred' } },
      { namespace: 'agent', change: 'leave', sockets: 'agent:demo:a1', room: 'conversation:demo:c1' },
      { namespace: 'chat', room: 'chat:demo:c1', event: 'chat:status', payload: { conversationId: 'c1', status: 'waiting' } },
    ]);
  });

  it("shows the widget its conversation's state and the agent their presence", () => {
    const queued = routed({
      type: 'routing.contact-queued.v1',
      payload: { contactId: 'c1', queueId: 'web', channel: 'chat', sourceChannel: 'chat', channelId: null, priority: 0, vip: false, waitingSince: 'x', language: null, mode: 'self-service', affinityAgentId: null, affinityUntil: null },
    });
    expect(pushesFor(queued)).toEqual([{ namespace: 'chat', room: 'chat:demo:c1', event: 'chat:status', payload: { conversationId: 'c1', status: 'self-service' } }]);
    expect(pushesFor(routed({ type: 'routing.self-service-resolved.v1', payload: { contactId: 'c1', queueId: 'web', articleId: null } }))).toEqual([
      { namespace: 'chat', room: 'chat:demo:c1', event: 'chat:status', payload: { conversationId: 'c1', status: 'closed' } },
    ]);
    const presence = routed({ type: 'routing.agent-presence-changed.v1', payload: { agentId: 'a1', presence: 'away', previous: 'available', cause: 'missed-offers', until: null } });
    expect(pushesFor(presence)).toEqual([{ namespace: 'agent', room: 'agent:demo:a1', event: 'presence', payload: { agentId: 'a1', presence: 'away', previous: 'available', cause: 'missed-offers', until: null } }]);
  });
});
