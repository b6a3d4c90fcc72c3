import { RoutingEventTypes, Topics, createEnvelope, newId, type RoutingEvent } from '@switchboard/contracts';
import { BUS, type Bus } from '@switchboard/infra-bus';
import { describeWithServices, waitFor } from '@switchboard/testing';
import { RoutingCatalog } from './catalog/routing-catalog';
import { ArticlesRepository } from './knowledge-base/articles.repository';
import type { RoutingService } from './routing.facade';
import { DAY, T0, profile, queue } from './state/testing/routing-state.fixtures';
import { startRoutingTestApp, type RoutingTestApp } from './testing/routing-test-app';


/**
 * The facade end to end over real adapters (PGlite event store, in-process bus, memory or Redis
 * state), with a clock the test moves and passes run explicitly, so timeouts need no sleeping.
 */
function testRoutingService(state: 'memory' | 'redis'): void {
  let harness: RoutingTestApp;
  let routing: RoutingService;
  let catalog: RoutingCatalog;
  let now = T0;
  let events: RoutingEvent[];
  // One app for the suite; each test routes for a tenant of its own, so nothing leaks between tests.
  let tenant = '';
  let tests = 0;
  const pass = () => harness.engine.runPass(tenant);
  const of = <T extends RoutingEvent['type']>(type: T) => events.filter((event): event is Extract<RoutingEvent, { type: T }> => event.type === type);
  const advance = (seconds: number) => {
    now += seconds * 1000;
  };

  beforeAll(async () => {
    harness = await startRoutingTestApp({ state, clock: () => now, policy: { tickMs: 0, eventDriven: false } });
    routing = harness.routing;
    catalog = harness.app.get(RoutingCatalog);
    routing.onRoutingEvent((event) => {
      if (event.tenantId === tenant) events.push(event);
    });
  });

  beforeEach(() => {
    now = T0;
    tests += 1;
    tenant = `t${tests}`;
    events = [];
  });

  afterAll(async () => {
    await harness.close();
  });

  async function agentsAvailable(...agentIds: string[]) {
    for (const agentId of agentIds) await routing.setPresence(tenant, agentId, 'available');
  }

  it('enqueues inbound channel events from the bus (group router) under their thread key', async () => {
    const bus = harness.app.get<Bus>(BUS);
    const inbound = createEnvelope(
      {
        type: 'message.received.v1',
        tenantId: tenant,
        source: { channel: 'sms', provider: 'twilio', channelId: 'demo-sms' },
        payload: { threadKey: 'demo-sms:+4930999', from: { kind: 'phone', value: '+4930999' }, text: 'hi', providerMessageId: 'SM1', channelAddress: '+1555', media: [] },
      },
      { now: () => new Date(now), newId },
    );
    await bus.publish(Topics.channelEvents, [{ key: 'demo-sms:+4930999', event: inbound }]);
    const contact = await waitFor(() => routing.contact(tenant, 'demo-sms:+4930999'), { what: 'the contact from the bus' });
    expect(contact).toMatchObject({ channel: 'messaging', status: 'waiting', queueId: 'default' });
    expect(of(RoutingEventTypes.contactQueued)[0]?.causationId).toBe(inbound.id);
  });

  it('offers a new contact to the best agent, assigns it on accept, and explains why from the event store', async () => {
    await catalog.saveQueue(tenant, queue('support', { channels: ['chat'], requiredSkills: [{ skill: 'billing', minLevel: 3 }] }));
    await catalog.saveProfile(tenant, profile('ann', { skills: { billing: 4 } }));
    await catalog.saveProfile(tenant, profile('bob', { skills: { billing: 9 } }));
    await agentsAvailable('ann', 'bob');
    const { contact, created } = await routing.enqueueContact({ tenantId: tenant, conversationId: 'conv-1', sourceChannel: 'chat' });
    expect(created).toBe(true);
    expect(contact).toMatchObject({ queueId: 'support', status: 'waiting', channel: 'chat' });
    expect((await routing.enqueueContact({ tenantId: tenant, conversationId: 'conv-1', sourceChannel: 'chat' })).created).toBe(false);

    await pass();
    const [offer] = of(RoutingEventTypes.offerMade);
    expect(offer?.payload).toMatchObject({ agentId: 'bob', contactId: 'conv-1', timeoutSeconds: 20, decision: { rule: 'best-fit', candidatesConsidered: 2 } });
    const assigned = await routing.acceptOffer(tenant, 'bob', 'conv-1', offer?.payload.offerId ?? '');
    expect(assigned).toMatchObject({ status: 'assigned', assignedAgentId: 'bob' });
    expect(of(RoutingEventTypes.contactAssigned)[0]?.payload).toMatchObject({ agentId: 'bob', withinServiceLevel: true });
    await expect(routing.acceptOffer(tenant, 'bob', 'conv-1', offer?.payload.offerId ?? '')).rejects.toMatchObject({ code: 'ROUTING_REFUSED', refusal: 'offer-not-current' });

    const explanation = await routing.explain(tenant, 'conv-1');
    expect(explanation.steps.map((step) => step.type)).toEqual([
      RoutingEventTypes.contactQueued,
      RoutingEventTypes.offerMade,
      RoutingEventTypes.offerAccepted,
      RoutingEventTypes.contactAssigned,
    ]);
    expect(explanation.steps[1]?.summary).toMatch(/^offered to bob for 20 s: best skill fit \(6 vs 1\)/);
    expect((await routing.explain('other-tenant', 'conv-1')).steps).toEqual([]);

    await routing.wrapUp(tenant, 'bob', 'conv-1', 'solved');
    expect(await routing.contact(tenant, 'conv-1')).toBeNull();
    const [figures] = await routing.queueFigures(tenant);
    expect(figures).toMatchObject({ queueId: 'support', answeredToday: 1, serviceLevelPercent: 100, waiting: 0, agentsByPresence: { available: 2 } });
  });

  it('expires an unanswered offer: the contact goes back and is offered again, the agent is marked missed', async () => {
    await agentsAvailable('ann');
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'conv-t', sourceChannel: 'whatsapp' });
    await pass();
    const first = of(RoutingEventTypes.offerMade)[0];
    expect(first?.payload.agentId).toBe('ann');
    advance(19);
    await pass();
    expect(of(RoutingEventTypes.offerExpired)).toHaveLength(0);
    advance(1);
    // Whichever router runs the next pass finds the offer due: a router that crashed mid-offer loses nothing.
    await pass();
    expect(of(RoutingEventTypes.offerExpired)[0]?.payload).toMatchObject({ agentId: 'ann', missesInARow: 1, agentSetAway: false });
    const offers = of(RoutingEventTypes.offerMade);
    expect(offers).toHaveLength(2);
    expect(offers[1]?.payload.offerId).not.toBe(first?.payload.offerId);
    expect((await routing.contact(tenant, 'conv-t'))?.status).toBe('offered');
    await expect(routing.acceptOffer(tenant, 'ann', 'conv-t', first?.payload.offerId ?? '')).rejects.toMatchObject({ refusal: 'offer-not-current' });
  });

  it('sets an agent away after three declines in a row, and the contact waits for someone else', async () => {
    await agentsAvailable('ann');
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'conv-d', sourceChannel: 'chat' });
    for (let i = 0; i < 3; i += 1) {
      await pass();
      const offer = of(RoutingEventTypes.offerMade).at(-1);
      await routing.declineOffer(tenant, 'ann', 'conv-d', offer?.payload.offerId ?? '');
    }
    expect(of(RoutingEventTypes.offerDeclined).map((event) => event.payload.missesInARow)).toEqual([1, 2, 3]);
    expect(of(RoutingEventTypes.agentPresenceChanged).at(-1)?.payload).toMatchObject({ agentId: 'ann', presence: 'away', cause: 'missed-offers' });
    await pass();
    expect(of(RoutingEventTypes.offerMade)).toHaveLength(3);
    expect((await routing.contact(tenant, 'conv-d'))?.status).toBe('waiting');
  });

  it('applies overflow: relaxes the skill level once the contact has waited long enough', async () => {
    await catalog.saveQueue(
      tenant,
      queue('billing', { channels: ['chat'], requiredSkills: [{ skill: 'billing', minLevel: 8 }], overflow: [{ afterSeconds: 30, action: 'relax-skills', minLevel: 4 }] }),
    );
    await catalog.saveProfile(tenant, profile('junior', { skills: { billing: 5 } }));
    await agentsAvailable('junior');
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'conv-o', sourceChannel: 'chat' });
    await pass();
    expect(of(RoutingEventTypes.offerMade)).toHaveLength(0);
    advance(30);
    await pass();
    expect(of(RoutingEventTypes.overflowApplied).map((event) => event.payload)).toEqual([expect.objectContaining({ action: 'relax-skills', minLevel: 4, waitedSeconds: 30 })]);
    expect(of(RoutingEventTypes.offerMade)[0]?.payload).toMatchObject({ agentId: 'junior', decision: { overflowSteps: ['relax-skills'] } });
    await pass();
    expect(of(RoutingEventTypes.overflowApplied)).toHaveLength(1);
  });

  it('keeps a returning customer for their last agent within the affinity time', async () => {
    await catalog.saveQueue(tenant, queue('support', { channels: ['messaging'], affinitySeconds: 60 }));
    await agentsAvailable('ann', 'bob');
    const arrive = (conversationId: string) => routing.enqueueContact({ tenantId: tenant, conversationId, sourceChannel: 'sms', customerKey: 'phone:+4930123' });
    await arrive('first');
    await pass();
    const first = of(RoutingEventTypes.offerMade)[0]?.payload;
    const lastAgent = first?.agentId ?? '';
    const otherAgent = lastAgent === 'ann' ? 'bob' : 'ann';
    await routing.acceptOffer(tenant, lastAgent, 'first', first?.offerId ?? '');
    await routing.wrapUp(tenant, lastAgent, 'first');
    await routing.setPresence(tenant, lastAgent, 'away');

    advance(600);
    const { contact } = await arrive('second');
    expect(contact.status).toBe('waiting');
    await pass();
    expect(of(RoutingEventTypes.offerMade)).toHaveLength(1); // the other agent is free, but the contact waits
    advance(10);
    await routing.setPresence(tenant, lastAgent, 'available');
    await pass();
    expect(of(RoutingEventTypes.offerMade)[1]?.payload).toMatchObject({ agentId: lastAgent, contactId: 'second', decision: { rule: 'affinity' } });
    expect(otherAgent).not.toBe(lastAgent);
  });

  it('counts abandonment, withdrawing a pending offer from the agent', async () => {
    await agentsAvailable('ann');
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'gone-waiting', sourceChannel: 'voice' });
    await pass();
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'gone-queued', sourceChannel: 'voice' });
    advance(25);
    expect(await routing.abandonContact(tenant, 'gone-waiting', 'hung-up')).toBe(true);
    expect(await routing.abandonContact(tenant, 'gone-queued', 'hung-up')).toBe(true);
    expect(await routing.abandonContact(tenant, 'gone-queued', 'hung-up')).toBe(false);
    expect(of(RoutingEventTypes.offerWithdrawn)[0]?.payload).toMatchObject({ contactId: 'gone-waiting', agentId: 'ann' });
    expect(of(RoutingEventTypes.contactAbandoned).map((event) => [event.payload.contactId, event.payload.reason, event.payload.waitedSeconds])).toEqual([
      ['gone-waiting', 'hung-up', 25],
      ['gone-queued', 'hung-up', 25],
    ]);
    expect((await routing.agent(tenant, 'ann'))?.offer).toBeNull();
    const [figures] = await routing.queueFigures(tenant);
    expect(figures).toMatchObject({ queueId: 'default', abandonedToday: 2, serviceLevelPercent: 0 });
  });

  it('offers a contact in a language nobody free lists to an agent anyway, a speaker first when one is free', async () => {
    await catalog.saveQueue(tenant, queue('web', { channels: ['chat'] }));
    // As the demo's agents: profiles without languages.
    await catalog.saveProfile(tenant, profile('ann', { languages: [] }));
    await catalog.saveProfile(tenant, profile('zoe', { languages: ['fr'] }));
    await agentsAvailable('ann');
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'fr-1', sourceChannel: 'chat', language: 'fr' });
    await pass();
    expect(of(RoutingEventTypes.offerMade)[0]?.payload).toMatchObject({ agentId: 'ann', decision: { because: 'the only eligible agent free on this channel; nobody free speaks fr' } });
    await agentsAvailable('zoe');
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'fr-2', sourceChannel: 'chat', language: 'fr' });
    await pass();
    expect(of(RoutingEventTypes.offerMade)[1]?.payload).toMatchObject({ agentId: 'zoe', contactId: 'fr-2' });
    expect((await routing.explain(tenant, 'fr-1')).steps[1]?.summary).toMatch(/^offered to ann for 20 s: the only eligible agent free on this channel; nobody free speaks fr/);

    await routing.declineOffer(tenant, 'ann', 'fr-1', of(RoutingEventTypes.offerMade)[0]?.payload.offerId ?? '');
    await catalog.saveQueue(tenant, queue('web', { channels: ['chat'], language: 'fr', languageRequired: true }));
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'fr-3', sourceChannel: 'chat' });
    await pass();
    expect(of(RoutingEventTypes.offerMade)).toHaveLength(2); // ann is free again, but the queue now requires French
    expect((await routing.agent(tenant, 'ann'))?.offer).toBeNull();
    expect((await routing.queueFigures(tenant)).find((figure) => figure.queueId === 'web')).toMatchObject({ waiting: 2, agentsByPresence: { available: 1 } });
  });

  it('turns a call still waiting at the offer-callback step into a callback request: not abandoned when the caller hangs up, then called back by a voice agent', async () => {
    await catalog.saveQueue(tenant, queue('phones', { channels: ['voice'], overflow: [{ afterSeconds: 90, action: 'offer-callback' }] }));
    await catalog.saveProfile(tenant, profile('ann'));
    const call = (conversationId: string) => routing.enqueueContact({ tenantId: tenant, conversationId, sourceChannel: 'voice', customerKey: 'phone:+4930123' });
    await call('early-hangup');
    await call('patient');
    advance(60);
    expect(await routing.abandonContact(tenant, 'early-hangup', 'hung-up')).toBe(true);
    advance(30);
    await pass();
    expect(of(RoutingEventTypes.overflowApplied).map((event) => [event.payload.contactId, event.payload.action])).toEqual([['patient', 'offer-callback']]);
    expect(of(RoutingEventTypes.callbackRequested).map((event) => event.payload)).toEqual([
      { contactId: 'patient', queueId: 'phones', reason: 'overflow', afterSeconds: 90, waitedSeconds: 90, waitingSince: new Date(T0).toISOString() },
    ]);
    await pass();
    expect(of(RoutingEventTypes.callbackRequested)).toHaveLength(1);

    advance(5);
    expect(await routing.abandonContact(tenant, 'patient', 'hung-up')).toBe(false);
    expect(await routing.contact(tenant, 'patient')).toMatchObject({ status: 'waiting', callback: { reason: 'overflow' } });
    expect((await routing.queueFigures(tenant)).find((figure) => figure.queueId === 'phones')).toMatchObject({
      waiting: 0,
      callbacksWaiting: 1,
      abandonedToday: 1,
      callbacksRequestedToday: 1,
      longestWaitSeconds: 0,
    });

    await agentsAvailable('ann');
    await pass();
    const offer = of(RoutingEventTypes.offerMade)[0]?.payload;
    expect(offer).toMatchObject({ agentId: 'ann', contactId: 'patient', channel: 'voice', callback: true });
    const assigned = await routing.acceptOffer(tenant, 'ann', 'patient', offer?.offerId ?? '');
    expect(assigned).toMatchObject({ status: 'assigned', assignedAgentId: 'ann', callback: { reason: 'overflow' } });
    expect((await routing.assignedTo(tenant, 'ann')).map((contact) => contact.conversationId)).toEqual(['patient']);
    await routing.wrapUp(tenant, 'ann', 'patient', 'called back');
    expect(await routing.contact(tenant, 'patient')).toBeNull();
    expect(await routing.assignedTo(tenant, 'ann')).toEqual([]);
    expect((await routing.queueFigures(tenant)).find((figure) => figure.queueId === 'phones')).toMatchObject({
      callbacksWaiting: 0,
      answeredToday: 0,
      callbacksAnsweredToday: 1,
      abandonedToday: 1,
      serviceLevelPercent: 0,
    });
    expect((await routing.explain(tenant, 'patient')).steps.map((step) => step.summary)).toEqual([
      'joined queue phones (voice, priority 0)',
      'waited 90 s: overflow step offer-callback',
      'waited 90 s: now a callback request (overflow step offer-callback after 90 s); keeps its place, the caller may hang up',
      expect.stringMatching(/^offered to ann for 20 s to call the customer back: the only eligible agent free on this channel/),
      'ann accepted',
      expect.stringMatching(/^assigned to ann after 95 s/),
      'wrapped up by ann (called back)',
    ]);
  });

  it('answers a call live when an agent is free as it reaches the callback step, and lets a caller ask for a callback', async () => {
    await catalog.saveQueue(tenant, queue('phones', { channels: ['voice'], overflow: [{ afterSeconds: 30, action: 'offer-callback' }] }));
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'live', sourceChannel: 'voice' });
    advance(30);
    await agentsAvailable('ann');
    await pass();
    expect(of(RoutingEventTypes.offerMade)[0]?.payload).toMatchObject({ contactId: 'live', agentId: 'ann' });
    expect(of(RoutingEventTypes.offerMade)[0]?.payload.callback).toBeUndefined();
    expect(of(RoutingEventTypes.callbackRequested)).toEqual([]);

    await routing.enqueueContact({ tenantId: tenant, conversationId: 'asks', sourceChannel: 'voice' });
    expect(await routing.requestCallback(tenant, 'asks')).toMatchObject({ status: 'waiting', callback: { reason: 'caller' } });
    expect(await routing.requestCallback(tenant, 'asks')).toMatchObject({ callback: { reason: 'caller' } });
    expect(of(RoutingEventTypes.callbackRequested).map((event) => [event.payload.contactId, event.payload.reason, event.payload.afterSeconds])).toEqual([['asks', 'caller', null]]);
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'chat-1', sourceChannel: 'chat' });
    await expect(routing.requestCallback(tenant, 'chat-1')).rejects.toMatchObject({ status: 409, refusal: 'contact-not-voice' });
    await expect(routing.requestCallback(tenant, 'live')).rejects.toMatchObject({ status: 409, refusal: 'contact-not-waiting' });
    await expect(routing.requestCallback(tenant, 'nobody')).rejects.toMatchObject({ status: 404 });
  });

  it('answers self-service contacts from published articles, then routes on request or closes as resolved', async () => {
    await catalog.saveQueue(tenant, queue('web', { channels: ['chat'], selfService: true }));
    const articles = harness.app.get(ArticlesRepository);
    const refunds = await articles.create(tenant, 'refunds', { language: 'en', title: 'How refunds work', body: 'Refunds reach your card within 5 days.', tags: ['refund', 'money'] });
    await articles.create(tenant, 'draft', { language: 'en', title: 'Refund secrets', body: 'not yet', tags: [] });
    await articles.setStatus(tenant, refunds.id, 'published');
    const asked = await routing.enqueueContact({ tenantId: tenant, conversationId: 'web-1', sourceChannel: 'chat', text: 'when do I get my refund?' });
    expect(asked.contact.status).toBe('self-service');
    expect(asked.suggestions.map((suggestion) => suggestion.articleId)).toEqual(['refunds']);
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'web-2', sourceChannel: 'chat', text: 'refund' });
    await routing.resolveBySelfService(tenant, 'web-2', 'refunds');
    expect((await routing.requestAgent(tenant, 'web-1')).status).toBe('waiting');
    expect(of(RoutingEventTypes.selfServiceResolved)[0]?.payload).toEqual({ contactId: 'web-2', queueId: 'web', articleId: 'refunds' });
    expect(of(RoutingEventTypes.agentRequested)[0]?.payload.contactId).toBe('web-1');
    expect((await routing.queueFigures(tenant)).find((figure) => figure.queueId === 'web')).toMatchObject({ selfServiceResolvedToday: 1, waiting: 1 });
  });

  it('transfers an assigned contact to a named agent and lets a supervisor reassign a waiting one', async () => {
    await catalog.saveQueue(tenant, queue('sales', { channels: ['chat'] }));
    await agentsAvailable('ann', 'bob');
    await routing.enqueueContact({ tenantId: tenant, conversationId: 'conv-x', sourceChannel: 'chat' });
    await pass();
    const offer = of(RoutingEventTypes.offerMade)[0]?.payload;
    const holder = offer?.agentId ?? '';
    const other = holder === 'ann' ? 'bob' : 'ann';
    await routing.acceptOffer(tenant, holder, 'conv-x', offer?.offerId ?? '');
    const moved = await routing.transfer(tenant, holder, 'conv-x', { agentId: other });
    expect(moved).toMatchObject({ status: 'waiting', pinnedAgentId: other });
    expect((await routing.agent(tenant, holder))?.load.chat).toBe(0);
    await pass();
    expect(of(RoutingEventTypes.offerMade)[1]?.payload).toMatchObject({ agentId: other, decision: { rule: 'pinned' } });
    const reassigned = await routing.reassign(tenant, 'supervisor-1', 'conv-x', { queueId: 'sales' });
    expect(reassigned).toMatchObject({ status: 'waiting', queueId: 'sales', pinnedAgentId: null });
    expect(of(RoutingEventTypes.offerWithdrawn)).toHaveLength(1);
    await expect(routing.transfer(tenant, holder, 'conv-x', { queueId: 'nope' })).rejects.toMatchObject({ status: 404 });
    expect(DAY).toBe('2026-03-02');
  });
}

describe('RoutingService on the memory state', () => testRoutingService('memory'));
describeWithServices(['redis'], 'RoutingService on the Redis state', () => testRoutingService('redis'));
