import type { Contact } from '../model/contact';
import type { OverflowStep, Queue } from '../model/queue';

export interface StepInForce {
  readonly index: number;
  readonly step: OverflowStep;
}

/** The queue's overflow steps a contact has waited long enough for; they stay in force once reached. */
export function overflowInForce(queue: Queue, contact: Pick<Contact, 'waitingSince'>, now: number): StepInForce[] {
  const waitedMs = now - contact.waitingSince;
  return queue.overflow.flatMap((step, index) => (step.afterSeconds * 1000 <= waitedMs ? [{ index, step }] : []));
}

/** Steps in force that have not yet been announced for this contact (each is announced once). */
export function newlyReachedSteps(queue: Queue, contact: Pick<Contact, 'waitingSince' | 'overflowApplied' | 'status'>, now: number): StepInForce[] {
  if (contact.status !== 'waiting' && contact.status !== 'offered') return [];
  return overflowInForce(queue, contact, now).filter(({ index }) => !contact.overflowApplied.includes(index));
}

/** The lowest skill level accepted once `relax-skills` steps are in force (null when none is). */
export function relaxedMinLevel(steps: readonly StepInForce[]): number | null {
  const levels = steps.flatMap(({ step }) => (step.action === 'relax-skills' ? [step.minLevel] : []));
  return levels.length === 0 ? null : Math.min(...levels);
}

/** Queues whose agents may also take the contact, by `add-queue-agents` steps in force. */
export function extraQueueIds(steps: readonly StepInForce[]): string[] {
  return steps.flatMap(({ step }) => (step.action === 'add-queue-agents' ? [step.queueId] : []));
}

/**
 * The `offer-callback` step in force for a waiting call that is not yet a callback request: the
 * router turns it into one (see `requestCallback`). Other kinds of contact are only announced.
 */
export function callbackStepDue(queue: Queue, contact: Pick<Contact, 'waitingSince' | 'status' | 'channel' | 'callback'>, now: number): StepInForce | null {
  if (contact.channel !== 'voice' || contact.status !== 'waiting' || contact.callback !== null) return null;
  return overflowInForce(queue, contact, now).find(({ step }) => step.action === 'offer-callback') ?? null;
}
