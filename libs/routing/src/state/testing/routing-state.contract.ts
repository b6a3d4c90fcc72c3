import type { RoutingState } from '../routing-state';
import { DAY, T0, contact, profile, queue } from './routing-state.fixtures';

const SL = { day: DAY, withinSeconds: 20 };
const POLICY = { maxMissesInARow: 2, day: DAY };

/**
 * The routing-state contract: what every adapter (memory, Redis) must do, case by case. Each test
 * gets a fresh, empty state from `makeState` (the Redis spec uses a unique key prefix per test).
 */
export function testRoutingState(makeState: () => Promise<RoutingState>): void {
  let state: RoutingState;
  const tenant = 'acme';

  beforeEach(async () => {
    state = await makeState();
  });

  afterEach(async () => {
    await state.close();
  });

  async function availableAgent(agentId: string, overrides: Parameters<typeof profile>[1] = {}, at = T0) {
    await state.putProfile(tenant, profile(agentId, overrides), at);
    const change = await state.setPresence(tenant, agentId, 'available', at);
    if (!change.ok) throw new Error(change.refusal);
    return change.agent;
  }

  async function offered(contactId: string, agentId: string, offerId = `o-${contactId}`, at = T0) {
    const change = await state.offer(tenant, contactId, agentId, { offerId, now: at, timeoutSeconds: 20, day: DAY });
    if (!change.ok) throw new Error(change.refusal);
    return change;
  }

  describe('leases of the timed passes', () => {
    it('gives each tenant to one router at a time, renews it for its holder, and lets another take it once it ran out', async () => {
      expect(await state.claimTimedPasses('r1', ['t1', 't2'], T0, 1000)).toEqual(['t1', 't2']);
      expect(await state.claimTimedPasses('r2', ['t1', 't2', 't3'], T0 + 500, 1000)).toEqual(['t3']);
      expect(await state.claimTimedPasses('r1', ['t1', 't2', 't3'], T0 + 900, 1000)).toEqual(['t1', 't2']);
      expect(await state.claimTimedPasses('r2', ['t1', 't2'], T0 + 1899, 1000)).toEqual([]);
      expect(await state.claimTimedPasses('r2', ['t1', 't2'], T0 + 1900, 1000)).toEqual(['t1', 't2']);
      expect(await state.claimTimedPasses('r1', ['t1', 't2'], T0 + 2000, 1000)).toEqual([]);
      expect(await state.claimTimedPasses('r1', [], T0, 1000)).toEqual([]);
    });

    it('claims for thousands of tenants in one call', async () => {
      const many = Array.from({ length: 5000 }, (_, i) => `t${i}`);
      expect(await state.claimTimedPasses('r1', many.slice(0, 2500), T0, 1000)).toHaveLength(2500);
      expect(await state.claimTimedPasses('r2', many, T0, 1000)).toEqual(many.slice(2500));
    });

    it("hands a stopping router's leases on at once", async () => {
      await state.claimTimedPasses('r1', ['t1'], T0, 60_000);
      await state.claimTimedPasses('r2', ['t2'], T0, 60_000);
      await state.releaseTimedPasses('r1');
      expect(await state.claimTimedPasses('r3', ['t1', 't2'], T0 + 1, 60_000)).toEqual(['t1']);
    });
  });

  describe('contacts and their waiting lines', () => {
    it('adds a contact once, and lists waiting ones from the head of each queue in rank order', async () => {
      expect((await state.enqueue(tenant, contact('c1', T0 + 2000))).created).toBe(true);
      await state.enqueue(tenant, contact('c2', T0 + 1000));
      await state.enqueue(tenant, contact('vip', T0 + 3000, { priority: 10, vip: true }));
      await state.enqueue(tenant, contact('ss', T0, { status: 'self-service' }));
      const again = await state.enqueue(tenant, contact('c1', T0 + 9000));
      expect(again.created).toBe(false);
      expect(again.contact.waitingSince).toBe(T0 + 2000);
      expect((await state.waitingHeads(tenant, 10)).map((c) => c.contactId)).toEqual(['vip', 'c2', 'c1']);
      expect((await state.waitingHeads(tenant, 2)).map((c) => c.contactId)).toEqual(['vip', 'c2']);
      expect((await state.contact(tenant, 'ss'))?.status).toBe('self-service');
      expect((await state.contacts(tenant)).length).toBe(4);
      expect(await state.tenants()).toContain(tenant);
    });

    it('keeps tenants apart', async () => {
      await state.enqueue(tenant, contact('c1', T0));
      expect(await state.contact('other', 'c1')).toBeNull();
      expect(await state.waitingHeads('other', 10)).toEqual([]);
    });
  });

  describe('agents', () => {
    it('creates an agent offline from its profile; available agents with room are free, longest idle first', async () => {
      const created = await state.putProfile(tenant, profile('a1'), T0);
      expect(created.presence).toBe('offline');
      expect((await state.freeAgents(tenant, ['chat'])).get('chat')).toEqual([]);
      await availableAgent('a2', {}, T0 + 5000);
      await availableAgent('a1', {}, T0 + 1000);
      expect((await state.freeAgents(tenant, ['chat', 'voice'])).get('chat')).toEqual([
        { agentId: 'a1', idleSince: T0 + 1000 },
        { agentId: 'a2', idleSince: T0 + 5000 },
      ]);
    });

    it('copies a changed capacity to the live state and moves the catalogue version', async () => {
      const before = await state.catalogVersion(tenant);
      await availableAgent('a1');
      await state.putProfile(tenant, profile('a1', { capacity: { voice: 0, chat: 1, email: 0, messaging: 0, social: 0 }, maxTotal: 1 }), T0);
      await state.putQueue(tenant, queue('support'));
      expect(await state.catalogVersion(tenant)).toBeGreaterThan(before);
      const agent = await state.agent(tenant, 'a1');
      expect(agent?.capacity.chat).toBe(1);
      expect(agent?.presence).toBe('available');
      expect((await state.freeAgents(tenant, ['voice'])).get('voice')).toEqual([]);
      const catalog = await state.catalog(tenant);
      expect(catalog.queues.map((q) => q.id)).toEqual(['support']);
      expect(catalog.profiles.map((p) => p.agentId)).toEqual(['a1']);
      await state.removeQueue(tenant, 'support');
      expect((await state.catalog(tenant)).queues).toEqual([]);
    });

    it('refuses a presence for an unknown agent', async () => {
      expect(await state.setPresence(tenant, 'nobody', 'available', T0)).toEqual({ ok: false, refusal: 'agent-unknown' });
    });
  });

  describe('offers', () => {
    beforeEach(async () => {
      await state.enqueue(tenant, contact('c1', T0));
      await availableAgent('a1');
      await availableAgent('a2');
    });

    it('offers a waiting contact to one agent at a time', async () => {
      const change = await offered('c1', 'a1');
      expect(change.contact.status).toBe('offered');
      expect(change.contact.offer).toEqual({ offerId: 'o-c1', agentId: 'a1', offeredAt: T0, expiresAt: T0 + 20000 });
      expect(change.agent.offer).toEqual({ contactId: 'c1', offerId: 'o-c1', channel: 'chat' });
      expect(await state.offer(tenant, 'c1', 'a2', { offerId: 'x', now: T0, timeoutSeconds: 20, day: DAY })).toEqual({ ok: false, refusal: 'contact-not-waiting' });
      await state.enqueue(tenant, contact('c2', T0));
      expect(await state.offer(tenant, 'c2', 'a1', { offerId: 'y', now: T0, timeoutSeconds: 20, day: DAY })).toEqual({ ok: false, refusal: 'agent-has-offer' });
      expect((await state.waitingHeads(tenant, 10)).map((c) => c.contactId)).toEqual(['c2']);
      expect((await state.freeAgents(tenant, ['chat'])).get('chat')?.map((a) => a.agentId)).toEqual(['a2']);
    });

    it('refuses agents that are not available, unknown, or not the one a contact is pinned to', async () => {
      await state.setPresence(tenant, 'a2', 'away', T0);
      expect(await state.offer(tenant, 'c1', 'a2', { offerId: 'x', now: T0, timeoutSeconds: 20, day: DAY })).toEqual({ ok: false, refusal: 'agent-not-available' });
      expect(await state.offer(tenant, 'c1', 'ghost', { offerId: 'x', now: T0, timeoutSeconds: 20, day: DAY })).toEqual({ ok: false, refusal: 'agent-unknown' });
      expect(await state.offer(tenant, 'nope', 'a1', { offerId: 'x', now: T0, timeoutSeconds: 20, day: DAY })).toEqual({ ok: false, refusal: 'contact-unknown' });
      await state.enqueue(tenant, contact('pinned', T0, { pinnedAgentId: 'a2' }));
      expect(await state.offer(tenant, 'pinned', 'a1', { offerId: 'x', now: T0, timeoutSeconds: 20, day: DAY })).toEqual({ ok: false, refusal: 'agent-not-pinned' });
    });

    it('turns an accepted offer into an assignment counted against capacity, within the service level', async () => {
      await offered('c1', 'a1');
      const change = await state.accept(tenant, 'c1', 'a1', 'o-c1', T0 + 5000, SL);
      if (!change.ok) throw new Error(change.refusal);
      expect(change.contact).toMatchObject({ status: 'assigned', assignedAgentId: 'a1', assignedAt: T0 + 5000, offer: null });
      expect(change.agent).toMatchObject({ offer: null, idleSince: T0 + 5000, missesInARow: 0 });
      expect(change.agent.load.chat).toBe(1);
      expect(await state.counters(tenant, DAY)).toEqual(new Map([['support', expect.objectContaining({ offered: 1, answered: 1, answeredWithinTarget: 1 })]]));
      expect(await state.accept(tenant, 'c1', 'a1', 'o-c1', T0 + 6000, SL)).toEqual({ ok: false, refusal: 'offer-not-current' });
    });

    it('refuses an accept after the deadline, or of an offer that is not the agent’s', async () => {
      await offered('c1', 'a1');
      expect(await state.accept(tenant, 'c1', 'a2', 'o-c1', T0 + 1000, SL)).toEqual({ ok: false, refusal: 'offer-not-current' });
      expect(await state.accept(tenant, 'c1', 'a1', 'other', T0 + 1000, SL)).toEqual({ ok: false, refusal: 'offer-not-current' });
      expect(await state.accept(tenant, 'c1', 'a1', 'o-c1', T0 + 20000, SL)).toEqual({ ok: false, refusal: 'offer-expired' });
    });

    it('never fills an agent beyond a channel capacity or the total cap', async () => {
      await state.putProfile(tenant, profile('a1', { capacity: { voice: 1, chat: 1, email: 5, messaging: 0, social: 0 }, maxTotal: 2 }), T0);
      await offered('c1', 'a1');
      await state.accept(tenant, 'c1', 'a1', 'o-c1', T0 + 1000, SL);
      await state.enqueue(tenant, contact('c2', T0));
      expect(await state.offer(tenant, 'c2', 'a1', { offerId: 'o2', now: T0, timeoutSeconds: 20, day: DAY })).toEqual({ ok: false, refusal: 'agent-at-capacity' });
      const free = await state.freeAgents(tenant, ['chat', 'email']);
      expect(free.get('chat')?.map((a) => a.agentId)).toEqual(['a2']);
      expect(free.get('email')?.map((a) => a.agentId)).toContain('a1');
      await state.enqueue(tenant, contact('m1', T0, { channel: 'email' }));
      await offered('m1', 'a1', 'o-m1');
      await state.accept(tenant, 'm1', 'a1', 'o-m1', T0 + 1000, SL);
      await state.enqueue(tenant, contact('m2', T0, { channel: 'email' }));
      expect(await state.offer(tenant, 'm2', 'a1', { offerId: 'o-m2', now: T0, timeoutSeconds: 20, day: DAY })).toEqual({ ok: false, refusal: 'agent-at-capacity' });
    });

    it('puts a declined contact back in its place, marks the agent missed, and sets them away after enough misses', async () => {
      await offered('c1', 'a1', 'o1');
      const first = await state.miss(tenant, 'c1', 'a1', 'o1', 'declined', T0 + 1000, POLICY);
      if (!first.ok) throw new Error(first.refusal);
      expect(first.contact).toMatchObject({ status: 'waiting', waitingSince: T0, offer: null, missedBy: ['a1'] });
      expect(first.agent).toMatchObject({ missesInARow: 1, presence: 'available', offer: null });
      expect(first.agentSetAway).toBe(false);
      await offered('c1', 'a1', 'o2');
      const second = await state.miss(tenant, 'c1', 'a1', 'o2', 'declined', T0 + 2000, POLICY);
      if (!second.ok) throw new Error(second.refusal);
      expect(second.agentSetAway).toBe(true);
      expect(second.agent).toMatchObject({ presence: 'away', presenceSince: T0 + 2000, missesInARow: 2 });
      expect(second.contact.missedBy).toEqual(['a1', 'a1']);
      expect((await state.freeAgents(tenant, ['chat'])).get('chat')?.map((a) => a.agentId)).toEqual(['a2']);
      expect((await state.setPresence(tenant, 'a1', 'available', T0 + 3000)).ok && (await state.agent(tenant, 'a1'))?.missesInARow).toBe(0);
      expect((await state.counters(tenant, DAY)).get('support')?.missed).toBe(2);
    });

    it('lists offers past their deadline and expires only those', async () => {
      await offered('c1', 'a1', 'o1');
      expect(await state.dueOffers(tenant, T0 + 19999, 10)).toEqual([]);
      expect(await state.miss(tenant, 'c1', 'a1', 'o1', 'expired', T0 + 19999, POLICY)).toEqual({ ok: false, refusal: 'offer-not-due' });
      expect(await state.dueOffers(tenant, T0 + 20000, 10)).toEqual([{ contactId: 'c1', offerId: 'o1', agentId: 'a1' }]);
      const expired = await state.miss(tenant, 'c1', 'a1', 'o1', 'expired', T0 + 20000, POLICY);
      expect(expired.ok && expired.contact.status).toBe('waiting');
      expect(await state.dueOffers(tenant, T0 + 30000, 10)).toEqual([]);
      expect(await state.miss(tenant, 'c1', 'a1', 'o1', 'expired', T0 + 20000, POLICY)).toEqual({ ok: false, refusal: 'offer-not-current' });
    });

    it('withdraws a pending offer without a miss when the agent leaves', async () => {
      await offered('c1', 'a1', 'o1');
      const change = await state.setPresence(tenant, 'a1', 'offline', T0 + 1000);
      if (!change.ok) throw new Error(change.refusal);
      expect(change.withdrawn).toEqual({ contactId: 'c1', offerId: 'o1' });
      expect(change.previous).toBe('available');
      expect(change.agent).toMatchObject({ presence: 'offline', offer: null, missesInARow: 0 });
      expect((await state.contact(tenant, 'c1'))?.status).toBe('waiting');
      expect(await state.dueOffers(tenant, T0 + 60000, 10)).toEqual([]);
    });
  });

  describe('leaving, finishing, moving', () => {
    beforeEach(async () => {
      await state.enqueue(tenant, contact('c1', T0, { customerKey: 'phone:+1' }));
      await availableAgent('a1');
    });

    it('abandons a waiting or offered contact (withdrawing the offer), never an assigned one', async () => {
      await state.enqueue(tenant, contact('c2', T0));
      await offered('c1', 'a1');
      const gone = await state.abandon(tenant, 'c1', T0 + 30000, SL);
      expect(gone.ok && gone.withdrawnFrom?.offer).toBeNull();
      expect(await state.contact(tenant, 'c1')).toBeNull();
      expect((await state.agent(tenant, 'a1'))?.offer).toBeNull();
      expect((await state.abandon(tenant, 'c2', T0 + 5000, SL)).ok).toBe(true);
      expect(await state.waitingHeads(tenant, 10)).toEqual([]);
      expect((await state.counters(tenant, DAY)).get('support')).toMatchObject({ abandoned: 2, abandonedWithinTarget: 1 });
      await state.enqueue(tenant, contact('c3', T0));
      await offered('c3', 'a1');
      await state.accept(tenant, 'c3', 'a1', 'o-c3', T0 + 1000, SL);
      expect(await state.abandon(tenant, 'c3', T0 + 2000, SL)).toEqual({ ok: false, refusal: 'contact-assigned' });
      expect(await state.abandon(tenant, 'ghost', T0, SL)).toEqual({ ok: false, refusal: 'contact-unknown' });
    });

    it('frees capacity at wrap-up, keeps the agent in wrap-up for its time, and remembers the last agent', async () => {
      await offered('c1', 'a1');
      await state.accept(tenant, 'c1', 'a1', 'o-c1', T0 + 1000, SL);
      expect(await state.wrapUp(tenant, 'c1', 'a2', T0 + 5000, 30)).toEqual({ ok: false, refusal: 'agent-unknown' });
      const done = await state.wrapUp(tenant, 'c1', 'a1', T0 + 5000, 30);
      if (!done.ok) throw new Error(done.refusal);
      expect(done.previous).toBe('available');
      expect(done.agent).toMatchObject({ presence: 'wrap-up', wrapUpUntil: T0 + 35000, idleSince: T0 + 5000 });
      expect(done.agent.load.chat).toBe(0);
      expect(await state.contact(tenant, 'c1')).toBeNull();
      expect(await state.lastAgent(tenant, 'phone:+1')).toEqual({ agentId: 'a1', at: T0 + 5000 });
      expect(await state.dueWrapUps(tenant, T0 + 34999, 10)).toEqual([]);
      expect(await state.setPresence(tenant, 'a1', 'available', T0 + 34999, { onlyIfWrapUpDue: true })).toEqual({ ok: false, refusal: 'agent-not-available' });
      expect(await state.dueWrapUps(tenant, T0 + 35000, 10)).toEqual(['a1']);
      const back = await state.setPresence(tenant, 'a1', 'available', T0 + 35000, { onlyIfWrapUpDue: true });
      expect(back.ok && back.agent).toMatchObject({ presence: 'available', wrapUpUntil: null });
      expect(await state.dueWrapUps(tenant, T0 + 99000, 10)).toEqual([]);
    });

    it('moves an assigned contact to another queue or a named agent, releasing its agent', async () => {
      await offered('c1', 'a1');
      await state.accept(tenant, 'c1', 'a1', 'o-c1', T0 + 1000, SL);
      const moved = await state.requeue(tenant, 'c1', { queueId: 'billing', pinnedAgentId: 'a9', priority: 5, waitingSince: T0 + 9000 }, T0 + 9000);
      if (!moved.ok) throw new Error(moved.refusal);
      expect(moved.before).toMatchObject({ status: 'assigned', queueId: 'support' });
      // The agent it was taken from is passed over while anyone else can take it.
      expect(moved.contact).toMatchObject({ status: 'waiting', queueId: 'billing', pinnedAgentId: 'a9', priority: 5, waitingSince: T0 + 9000, assignedAgentId: null, missedBy: ['a1'] });
      expect(moved.released?.load.chat).toBe(0);
      expect((await state.waitingHeads(tenant, 10)).map((c) => [c.contactId, c.queueId])).toEqual([['c1', 'billing']]);
    });

    it('takes a self-service contact into the queue on request, or closes it when self-service helped', async () => {
      await state.enqueue(tenant, contact('s1', T0, { status: 'self-service' }));
      await state.enqueue(tenant, contact('s2', T0, { status: 'self-service' }));
      const asked = await state.requestAgent(tenant, 's1', T0 + 7000);
      expect(asked.ok && asked.contact).toMatchObject({ status: 'waiting', waitingSince: T0 + 7000 });
      expect(await state.requestAgent(tenant, 's1', T0 + 8000)).toEqual({ ok: false, refusal: 'contact-not-self-service' });
      expect((await state.resolveBySelfService(tenant, 's2', DAY)).ok).toBe(true);
      expect(await state.contact(tenant, 's2')).toBeNull();
      expect((await state.counters(tenant, DAY)).get('support')?.selfServiceResolved).toBe(1);
    });

    it('lists the contacts assigned to an agent, and forgets them at wrap-up or transfer', async () => {
      await availableAgent('a2');
      await state.enqueue(tenant, contact('c2', T0));
      await offered('c1', 'a1');
      await offered('c2', 'a2');
      expect(await state.assignedTo(tenant, 'a1')).toEqual([]);
      await state.accept(tenant, 'c1', 'a1', 'o-c1', T0 + 1000, SL);
      await state.accept(tenant, 'c2', 'a2', 'o-c2', T0 + 1000, SL);
      expect((await state.assignedTo(tenant, 'a1')).map((c) => [c.contactId, c.status, c.assignedAgentId])).toEqual([['c1', 'assigned', 'a1']]);
      expect(await state.assignedTo('other', 'a1')).toEqual([]);
      await state.wrapUp(tenant, 'c1', 'a1', T0 + 2000, 0);
      await state.requeue(tenant, 'c2', { queueId: 'support', pinnedAgentId: null, priority: 0, waitingSince: T0 + 2000 }, T0 + 2000);
      expect(await state.assignedTo(tenant, 'a1')).toEqual([]);
      expect(await state.assignedTo(tenant, 'a2')).toEqual([]);
    });

    it('turns a waiting call into a callback request that the caller hanging up does not abandon, counted apart from answered', async () => {
      await state.enqueue(tenant, contact('call', T0, { channel: 'voice', sourceChannel: 'voice' }));
      const turned = await state.requestCallback(tenant, 'call', T0 + 90_000, 'overflow', DAY);
      expect(turned.ok && turned.contact).toMatchObject({ status: 'waiting', waitingSince: T0, callback: { requestedAt: T0 + 90_000, reason: 'overflow' } });
      expect(await state.requestCallback(tenant, 'call', T0 + 91_000, 'caller', DAY)).toEqual({ ok: false, refusal: 'contact-is-callback' });
      expect(await state.requestCallback(tenant, 'c1', T0, 'caller', DAY)).toEqual({ ok: false, refusal: 'contact-not-voice' });
      expect(await state.requestCallback(tenant, 'ghost', T0, 'caller', DAY)).toEqual({ ok: false, refusal: 'contact-unknown' });
      expect((await state.waitingHeads(tenant, 10)).map((c) => c.contactId)).toEqual(['c1', 'call']);
      expect(await state.abandon(tenant, 'call', T0 + 95_000, SL)).toEqual({ ok: false, refusal: 'contact-is-callback' });
      await offered('call', 'a1', 'o-call', T0 + 95_000);
      expect(await state.abandon(tenant, 'call', T0 + 95_000, SL)).toEqual({ ok: false, refusal: 'contact-is-callback' });
      const accepted = await state.accept(tenant, 'call', 'a1', 'o-call', T0 + 100_000, SL);
      expect(accepted.ok && accepted.contact).toMatchObject({ status: 'assigned', callback: { reason: 'overflow' } });
      expect((await state.counters(tenant, DAY)).get('support')).toMatchObject({ callbacksRequested: 1, callbacksAnswered: 1, answered: 0, abandoned: 0 });
      expect((await state.wrapUp(tenant, 'call', 'a1', T0 + 200_000, 0)).ok).toBe(true);
      expect(await state.contact(tenant, 'call')).toBeNull();
    });

    it('does not turn an offered call into a callback request: the agent may still answer it', async () => {
      await state.enqueue(tenant, contact('call', T0, { channel: 'voice', sourceChannel: 'voice' }));
      await offered('call', 'a1');
      expect(await state.requestCallback(tenant, 'call', T0 + 90_000, 'overflow', DAY)).toEqual({ ok: false, refusal: 'contact-not-waiting' });
    });

    it('marks each overflow step of a contact once', async () => {
      expect(await state.markOverflow(tenant, 'c1', 0)).toBe(true);
      expect(await state.markOverflow(tenant, 'c1', 0)).toBe(false);
      expect(await state.markOverflow(tenant, 'c1', 1)).toBe(true);
      expect((await state.contact(tenant, 'c1'))?.overflowApplied).toEqual([0, 1]);
      expect(await state.markOverflow(tenant, 'ghost', 0)).toBe(false);
    });
  });
}
