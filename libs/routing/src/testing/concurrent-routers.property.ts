import fc from 'fast-check';
import { newId, type Presence, type RoutingEvent } from '@switchboard/contracts';
import type { Contact, OfferPlan } from '@switchboard/routing-domain';
import { RoutingEngine } from '../engine/routing-engine';
import { makePlannedOffers, planRoutingPass } from '../engine/routing-pass';
import { RoutingRecorder } from '../recording/routing-recorder';
import { ContactNotFound, RoutingRefused } from '../routing.errors';
import type { RoutingState } from '../state/routing-state';
import { T0, profile, queue } from '../state/testing/routing-state.fixtures';
import { assertRoutingInvariants } from './routing-invariants';

const TENANT = 'prop';
const AGENTS = ['a0', 'a1', 'a2'];
// Small capacities, so that agents are often full: a multi-chat agent, a one-at-a-time agent, a mixed one.
const CAPACITIES = [
  { capacity: { voice: 1, chat: 2, email: 1, messaging: 0, social: 0 }, maxTotal: 2 },
  { capacity: { voice: 1, chat: 1, email: 1, messaging: 0, social: 0 }, maxTotal: 1 },
  { capacity: { voice: 0, chat: 1, email: 2, messaging: 0, social: 0 }, maxTotal: 2 },
];
const CONTACTS = 10;
// Calls still waiting after 25 s become callback requests, which the caller hanging up does not abandon.
const SUPPORT = queue('support', { channels: ['chat', 'voice', 'email'], offerTimeoutSeconds: 20, overflow: [{ afterSeconds: 25, action: 'offer-callback' }] });

type Step =
  | { kind: 'arrive'; contact: number; channel: 'chat' | 'voice' | 'email'; priority: number; vip: boolean; selfService: boolean }
  | { kind: 'pass'; router: number }
  /** The router's timer work: full passes of the tenants whose lease it holds. */
  | { kind: 'tick'; router: number }
  /** A slow router: reads the board and plans now, makes the offers at its `commit` step, many steps later. */
  | { kind: 'plan'; router: number }
  | { kind: 'commit'; router: number }
  /** The stalest plan of all: any contact to any agent. The state alone must keep the promises. */
  | { kind: 'offerAny'; router: number; contact: number; agent: number }
  | { kind: 'accept'; router: number; pick: number; stale: boolean }
  | { kind: 'decline'; router: number; pick: number }
  | { kind: 'advance'; seconds: number }
  | { kind: 'presence'; router: number; agent: number; presence: Presence }
  | { kind: 'wrapUp'; router: number; pick: number }
  | { kind: 'abandon'; router: number; contact: number }
  | { kind: 'requestAgent'; router: number; contact: number }
  | { kind: 'requestCallback'; router: number; contact: number }
  | { kind: 'transfer'; router: number; pick: number; toAgent: number | null };

export interface RouterInstances {
  /** One state per router instance (separate connections to one Redis, or the same memory state). */
  readonly states: readonly RoutingState[];
  /** A state to read the invariants from. */
  readonly reader: RoutingState;
  cleanup(): Promise<void>;
}

function stepArbitrary(routers: number): fc.Arbitrary<Step> {
  const router = fc.nat({ max: routers - 1 });
  const pick = fc.nat({ max: 20 });
  const contact = fc.nat({ max: CONTACTS - 1 });
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('arrive' as const), contact, channel: fc.constantFrom('chat' as const, 'voice' as const, 'email' as const), priority: fc.integer({ min: 0, max: 3 }), vip: fc.boolean(), selfService: fc.boolean() }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('pass' as const), router }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('tick' as const), router }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('plan' as const), router }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('commit' as const), router }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('offerAny' as const), router, contact, agent: fc.nat({ max: AGENTS.length - 1 }) }) },
    { weight: 7, arbitrary: fc.record({ kind: fc.constant('accept' as const), router, pick, stale: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('decline' as const), router, pick }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), seconds: fc.constantFrom(1, 5, 15, 25, 40) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('presence' as const), router, agent: fc.nat({ max: AGENTS.length - 1 }), presence: fc.constantFrom<Presence>('available', 'available', 'away', 'busy', 'offline') }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('wrapUp' as const), router, pick }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('abandon' as const), router, contact }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('requestAgent' as const), router, contact }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('requestCallback' as const), router, contact }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('transfer' as const), router, pick, toAgent: fc.option(fc.nat({ max: AGENTS.length - 1 }), { nil: null }) }) },
  );
}

/** Several steps at once, on different routers, so that their Redis commands interleave. */
function batchArbitrary(routers: number): fc.Arbitrary<Step[]> {
  return fc.array(stepArbitrary(routers), { minLength: 1, maxLength: routers + 1 });
}

/** Refusals and vanished contacts are what a losing racer sees; anything else is a bug. */
async function tolerated(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof RoutingRefused) && !(error instanceof ContactNotFound)) throw error;
  }
}

function chosen(contacts: readonly Contact[], pick: number): Contact | undefined {
  return contacts.length === 0 ? undefined : contacts[pick % contacts.length];
}

/**
 * Runs random arrivals, passes, accepts (some with stale offer ids), declines, timeouts, presence
 * changes, wrap-ups, abandonments, transfers and callback requests on several router instances at once, steps of a
 * batch concurrently, and checks the invariants against the state after every batch and at the end.
 */
export async function checkConcurrentRouters(
  makeInstances: () => Promise<RouterInstances>,
  options: { routers: number; numRuns: number; maxBatches: number },
): Promise<Map<string, number>> {
  // How often each event type happened over all runs: the spec checks that every path was exercised.
  const seen = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(fc.array(batchArbitrary(options.routers), { minLength: Math.ceil(options.maxBatches / 2), maxLength: options.maxBatches }), async (batches) => {
      const instances = await makeInstances();
      let now = T0;
      const events: RoutingEvent[] = [];
      const engines = instances.states.map((state) => {
        const recorder = new RoutingRecorder(null, { now: () => new Date(now), newId });
        recorder.addListener((event) => {
          events.push(event);
          seen.set(event.type, (seen.get(event.type) ?? 0) + 1);
        });
        return new RoutingEngine({ state, recorder, clock: () => now, newId, policy: { tickMs: 0, eventDriven: false, maxMissesInARow: 3 } });
      });
      const engine = (index: number) => engines[index % engines.length] as RoutingEngine;
      const stalePlans = new Map<number, { plans: OfferPlan[]; at: number }>();
      try {
        const setup = instances.reader;
        await setup.putQueue(TENANT, SUPPORT);
        for (const [index, agentId] of AGENTS.entries()) {
          await setup.putProfile(TENANT, profile(agentId, CAPACITIES[index]), now);
          await setup.setPresence(TENANT, agentId, 'available', now);
        }
        for (const batch of batches) {
          const contacts = await instances.reader.contacts(TENANT);
          const offered = contacts.filter((contact) => contact.status === 'offered');
          const assigned = contacts.filter((contact) => contact.status === 'assigned');
          await Promise.all(
            batch.map(async (step) => {
              switch (step.kind) {
                case 'arrive':
                  return tolerated(
                    engine(0).enqueue(TENANT, { conversationId: `c${step.contact}`, sourceChannel: step.channel, priority: step.priority, vip: step.vip, selfService: step.selfService }, null),
                  );
                case 'pass':
                  return engine(step.router).runPass(TENANT);
                case 'tick':
                  return engine(step.router).runTimedPasses();
                case 'plan': {
                  const at = now;
                  stalePlans.set(step.router, { plans: (await planRoutingPass(engine(step.router), TENANT, at)).plans, at });
                  return;
                }
                case 'commit': {
                  const stale = stalePlans.get(step.router);
                  stalePlans.delete(step.router);
                  if (stale) await makePlannedOffers(engine(step.router), TENANT, stale.plans, now);
                  return;
                }
                case 'accept': {
                  const target = chosen(offered, step.pick);
                  if (!target?.offer) return;
                  return tolerated(engine(step.router).accept(TENANT, target.offer.agentId, target.contactId, step.stale ? 'stale-offer' : target.offer.offerId));
                }
                case 'decline': {
                  const target = chosen(offered, step.pick);
                  if (!target?.offer) return;
                  return tolerated(engine(step.router).decline(TENANT, target.offer.agentId, target.contactId, target.offer.offerId));
                }
                case 'offerAny': {
                  const target = contacts.find((candidate) => candidate.contactId === `c${step.contact}`);
                  if (!target) return;
                  const plan: OfferPlan = {
                    contact: target,
                    queue: SUPPORT,
                    agentId: AGENTS[step.agent] ?? 'a0',
                    timeoutSeconds: 20,
                    decision: { rule: 'best-fit', because: 'random plan', candidatesConsidered: 0, candidates: [], overflowSteps: [] },
                  };
                  await makePlannedOffers(engine(step.router), TENANT, [plan], now);
                  return;
                }
                case 'advance':
                  now += step.seconds * 1000;
                  return;
                case 'presence':
                  return tolerated(engine(step.router).setPresence(TENANT, AGENTS[step.agent] ?? 'a0', step.presence, 'agent'));
                case 'wrapUp': {
                  const target = chosen(assigned, step.pick);
                  if (!target?.assignedAgentId) return;
                  return tolerated(engine(step.router).wrapUp(TENANT, target.assignedAgentId, target.contactId, null, step.pick % 2 === 0 ? 0 : 10));
                }
                case 'abandon':
                  return tolerated(engine(step.router).abandon(TENANT, `c${step.contact}`, 'customer-left'));
                case 'requestAgent':
                  return tolerated(engine(step.router).requestAgent(TENANT, `c${step.contact}`));
                case 'requestCallback':
                  return engine(step.router).requestCallback(TENANT, `c${step.contact}`, 'caller');
                case 'transfer': {
                  const target = chosen(assigned, step.pick);
                  if (!target?.assignedAgentId) return;
                  const toAgent = step.toAgent === null ? null : (AGENTS[step.toAgent] ?? null);
                  return tolerated(engine(step.router).requeue(TENANT, target.contactId, { queueId: null, agentId: toAgent }, { kind: 'transfer', byUserId: target.assignedAgentId }));
                }
                default: {
                  const _exhaustive: never = step;
                  return _exhaustive;
                }
              }
            }),
          );
          await assertRoutingInvariants(instances.reader, TENANT, events);
        }
        // Drain: let every router pass after every offer's deadline, then check once more.
        now += 60_000;
        await Promise.all(engines.map((routerEngine) => routerEngine.runPass(TENANT)));
        await assertRoutingInvariants(instances.reader, TENANT, events);
      } finally {
        await instances.cleanup();
      }
    }),
    { numRuns: options.numRuns },
  );
  return seen;
}

/** The random runs must have offered, assigned, declined, expired, wrapped up, abandoned, transferred and turned calls into callbacks. */
export function expectEveryPathExercised(seen: ReadonlyMap<string, number>): void {
  const needed = [
    'routing.offer-made.v1',
    'routing.contact-assigned.v1',
    'routing.offer-declined.v1',
    'routing.offer-expired.v1',
    'routing.contact-wrapped-up.v1',
    'routing.contact-abandoned.v1',
    'routing.contact-transferred.v1',
    'routing.offer-withdrawn.v1',
    'routing.callback-requested.v1',
  ];
  const missing = needed.filter((type) => !seen.get(type));
  if (missing.length > 0) throw new Error(`the random runs never produced ${missing.join(', ')}: ${JSON.stringify([...seen])}`);
}
