import { RoutingEventTypes } from '@switchboard/contracts';
import { callbackStepDue, dayOf, newlyReachedSteps, planOffers, queueOf, type Contact, type OfferPlan, type StepInForce } from '@switchboard/routing-domain';
import * as facts from './facts';
import type { RoutingEngine } from './routing-engine';

export interface PassOutcome {
  readonly expired: number;
  readonly wrapUpsEnded: number;
  readonly overflowAnnounced: number;
  readonly offered: number;
  /** Planned offers the state refused because another router (or the agent) changed things first. */
  readonly conflicts: number;
  /** Waiting calls turned into callback requests by the queue's `offer-callback` step. */
  readonly callbacksRequested: number;
}

/** A waiting call whose queue's `offer-callback` step is in force. */
export interface CallbackDue {
  readonly contact: Contact;
  readonly step: StepInForce;
}

const EXPIRY_BATCH = 500;

/**
 * One routing pass for one tenant: expire due offers (which is also how a crashed router's offers
 * come back), end due wrap-ups, announce overflow steps reached, match and offer, then turn the
 * calls still waiting at their `offer-callback` step into callback requests (after the offers, so
 * a call an agent is free for right now is answered live). Every change goes through the state's
 * atomic operations, so passes of several router instances may overlap.
 */
export async function runRoutingPass(engine: RoutingEngine, tenantId: string, options: { housekeeping: boolean }): Promise<PassOutcome> {
  const state = engine.state;
  const now = engine.now();
  const none: never[] = [];
  const [dueOffers, dueWrapUps] = options.housekeeping ? await Promise.all([state.dueOffers(tenantId, now, EXPIRY_BATCH), state.dueWrapUps(tenantId, now, EXPIRY_BATCH)]) : [none, none];
  const expired = await Promise.all(dueOffers.map((due) => engine.miss(tenantId, due.agentId, due.contactId, due.offerId, 'expired')));
  const ended = await Promise.all(
    dueWrapUps.map((agentId) =>
      engine.setPresence(tenantId, agentId, 'available', 'wrap-up-ended').then(
        () => true,
        () => false, // another instance ended it first, or the agent changed presence meanwhile
      ),
    ),
  );
  const { plans, overflowAnnounced, callbacksDue } = await planRoutingPass(engine, tenantId, now);
  const offered = await makePlannedOffers(engine, tenantId, plans, now);
  const callbacks = await Promise.all(callbacksDue.map(({ contact, step }) => engine.requestCallback(tenantId, contact.contactId, 'overflow', step.step.afterSeconds)));
  return {
    expired: expired.filter(Boolean).length,
    wrapUpsEnded: ended.filter(Boolean).length,
    overflowAnnounced,
    offered,
    conflicts: plans.length - offered,
    // A refusal is a call offered in this very pass, or another router's conversion: both fine.
    callbacksRequested: callbacks.filter((result) => result.ok).length,
  };
}

export interface PlannedPass {
  readonly plans: OfferPlan[];
  readonly overflowAnnounced: number;
  readonly callbacksDue: readonly CallbackDue[];
}

/** Reads the board (heads of the queues, free agents) and decides the offers to make and the calls due a callback: no change yet. */
export async function planRoutingPass(engine: RoutingEngine, tenantId: string, now: number): Promise<PlannedPass> {
  const { catalogVersion, waiting, free } = await engine.state.board(tenantId, engine.policy.headsPerQueue);
  if (waiting.length === 0) return { plans: [], overflowAnnounced: 0, callbacksDue: [] };
  const catalog = await engine.catalogs.atVersion(tenantId, catalogVersion);
  const overflowAnnounced = await announceOverflow(engine, tenantId, waiting, now);
  const callbacksDue = waiting.flatMap((contact) => {
    const step = callbackStepDue(queueOf(catalog.queues, contact.queueId), contact, now);
    return step ? [{ contact, step }] : [];
  });
  return { plans: planOffers({ now, queues: catalog.queues, profiles: catalog.profiles, waiting, free }), overflowAnnounced, callbacksDue };
}

/**
 * Makes planned offers, each atomically; the state refuses those the board no longer supports
 * (a slow or concurrent router planned from what is now stale). Returns how many were made.
 */
export async function makePlannedOffers(engine: RoutingEngine, tenantId: string, plans: readonly OfferPlan[], now: number): Promise<number> {
  const made = await Promise.all(plans.map((plan) => makePlannedOffer(engine, tenantId, plan, now)));
  return made.filter(Boolean).length;
}

async function makePlannedOffer(engine: RoutingEngine, tenantId: string, plan: OfferPlan, now: number): Promise<boolean> {
  const offerId = engine.nextId();
  const change = await engine.state.offer(tenantId, plan.contact.contactId, plan.agentId, { offerId, now, timeoutSeconds: plan.timeoutSeconds, day: dayOf(now) });
  if (!change.ok) return false;
  await engine.recorder.record({ tenantId }, [facts.offerMade(plan, change.contact)]);
  return true;
}

async function announceOverflow(engine: RoutingEngine, tenantId: string, waiting: readonly Contact[], now: number): Promise<number> {
  const catalog = await engine.catalogs.get(tenantId);
  let announced = 0;
  for (const contact of waiting) {
    const queue = queueOf(catalog.queues, contact.queueId);
    for (const { index, step } of newlyReachedSteps(queue, contact, now)) {
      // The mark is atomic: of several routers reaching the step together, one announces it.
      if (!(await engine.state.markOverflow(tenantId, contact.contactId, index))) continue;
      announced += 1;
      await engine.recorder.record({ tenantId }, [
        {
          type: RoutingEventTypes.overflowApplied,
          payload: {
            contactId: contact.contactId,
            queueId: queue.id,
            action: step.action,
            afterSeconds: step.afterSeconds,
            minLevel: step.action === 'relax-skills' ? step.minLevel : null,
            extraQueueId: step.action === 'add-queue-agents' ? step.queueId : null,
            waitedSeconds: Math.round((now - contact.waitingSince) / 1000),
          },
        },
      ]);
    }
  }
  return announced;
}
