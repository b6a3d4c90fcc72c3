import type { RoutingChannel, RoutingDecisionRecord } from './routing-values';

/** `routing.offer-made.v1`: one agent is offered the contact, with a deadline, and why them. */
export interface OfferMadePayload {
  readonly contactId: string;
  readonly offerId: string;
  readonly queueId: string;
  readonly agentId: string;
  readonly channel: RoutingChannel;
  readonly offeredAt: string;
  readonly expiresAt: string;
  readonly timeoutSeconds: number;
  readonly decision: RoutingDecisionRecord;
  /** True when the agent is asked to call the customer back (a callback request), not to take a live contact. Absent before callbacks existed. */
  readonly callback?: boolean;
}

/** `routing.offer-accepted.v1` */
export interface OfferAcceptedPayload {
  readonly contactId: string;
  readonly offerId: string;
  readonly agentId: string;
  readonly queueId: string;
}

/** `routing.contact-assigned.v1`: the contact is the agent's; counted against their capacity until wrap-up. */
export interface ContactAssignedPayload {
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  readonly channel: RoutingChannel;
  readonly waitedSeconds: number;
  /** Answered within the queue's service-level threshold. */
  readonly withinServiceLevel: boolean;
}

/** `routing.offer-declined.v1` and `routing.offer-expired.v1`: the contact went back to its place in the queue. */
export interface OfferMissedPayload {
  readonly contactId: string;
  readonly offerId: string;
  readonly agentId: string;
  readonly queueId: string;
  /** Offers this agent missed in a row, this one included. */
  readonly missesInARow: number;
  /** True when this miss set the agent away. */
  readonly agentSetAway: boolean;
}

/** `routing.offer-withdrawn.v1`: the offer ended without the agent's doing (customer left, supervisor reassigned). */
export interface OfferWithdrawnPayload {
  readonly contactId: string;
  readonly offerId: string;
  readonly agentId: string;
  readonly reason: string;
}
