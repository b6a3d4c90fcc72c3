import type { RoutingChannel } from '@switchboard/contracts';

export type ContactStatus = 'self-service' | 'waiting' | 'offered' | 'assigned';

export interface ContactOffer {
  readonly offerId: string;
  readonly agentId: string;
  /** Epoch ms. */
  readonly offeredAt: number;
  readonly expiresAt: number;
}

/** Why a call became a request to call the customer back. */
export type CallbackReason = 'overflow' | 'caller';

/**
 * A call turned into a request to call the customer back: it keeps its place in the queue and is
 * offered to an agent with voice capacity like any contact, while the caller may hang up.
 */
export interface CallbackRequest {
  /** Epoch ms. */
  readonly requestedAt: number;
  /** `overflow`: the queue's `offer-callback` step was reached; `caller`: the caller asked for it. */
  readonly reason: CallbackReason;
}

/** A conversation that needs (or may need) an agent. Its id is the conversation id / thread key. */
export interface Contact {
  readonly contactId: string;
  readonly queueId: string;
  readonly channel: RoutingChannel;
  readonly sourceChannel: string;
  readonly channelId: string | null;
  /** Who the customer is across conversations (e.g. `phone:+4930...`), for last-agent affinity. */
  readonly customerKey: string | null;
  readonly language: string | null;
  /** Effective priority: queue priority + the contact's own + the VIP boost. */
  readonly priority: number;
  readonly vip: boolean;
  /** Epoch ms: the place in the queue. Kept when an offer is declined or expires. */
  readonly waitingSince: number;
  readonly status: ContactStatus;
  readonly offer: ContactOffer | null;
  readonly assignedAgentId: string | null;
  readonly assignedAt: number | null;
  readonly affinityAgentId: string | null;
  readonly affinityUntil: number | null;
  /** Only this agent may be offered the contact (a transfer or reassignment to a named agent). */
  readonly pinnedAgentId: string | null;
  /** Agents who declined or let an offer of this contact expire: tried last. */
  readonly missedBy: readonly string[];
  /** Indexes of the queue's overflow steps already announced for this contact. */
  readonly overflowApplied: readonly number[];
  /** Set once the call became a callback request; the caller hanging up no longer abandons it. */
  readonly callback: CallbackRequest | null;
}

/** VIP customers jump ahead of everyone of the same queue priority and a little beyond. */
export const VIP_BOOST = 10;

/** Priorities are kept within this range so that the rank score below stays exact. */
export const MAX_PRIORITY = 100;

export function effectivePriority(queuePriority: number, contactPriority: number, vip: boolean): number {
  const raw = queuePriority + contactPriority + (vip ? VIP_BOOST : 0);
  return Math.max(-MAX_PRIORITY, Math.min(MAX_PRIORITY, Math.round(raw)));
}

/**
 * The order of a queue as one number, lower first: higher priority, then longer waiting. Used as
 * the sorted-set score of the waiting line; exact while waitingSince < 1e13 ms (the year 2286).
 */
export function rankScore(contact: Pick<Contact, 'priority' | 'waitingSince'>): number {
  return -contact.priority * 1e13 + contact.waitingSince;
}

/** Same order as {@link rankScore}, for sorting records. */
export function compareContacts(a: Contact, b: Contact): number {
  return b.priority - a.priority || a.waitingSince - b.waitingSince || a.contactId.localeCompare(b.contactId);
}

/** A contact moving queue keeps its own priority and VIP boost but takes the new queue's. */
export function priorityInQueue(contact: Pick<Contact, 'priority'>, fromQueuePriority: number, toQueuePriority: number): number {
  return effectivePriority(toQueuePriority, contact.priority - fromQueuePriority, false);
}
