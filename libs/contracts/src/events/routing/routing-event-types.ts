import type { EventEnvelope } from '../../envelope/event-envelope';
import type { AgentPresenceChangedPayload } from './agent-events';
import type {
  AgentRequestedPayload,
  CallbackRequestedPayload,
  ContactAbandonedPayload,
  ContactQueuedPayload,
  ContactTransferredPayload,
  ContactWrappedUpPayload,
  OverflowAppliedPayload,
  SelfServiceResolvedPayload,
} from './contact-events';
import type { ContactAssignedPayload, OfferAcceptedPayload, OfferMadePayload, OfferMissedPayload, OfferWithdrawnPayload } from './offer-events';

/**
 * The router's decisions as events, published on `Topics.routingEvents` keyed by conversation (agent
 * presence by `agent:<id>`) and recorded in the event store so that a decision can be explained later.
 */
export const RoutingEventTypes = {
  contactQueued: 'routing.contact-queued.v1',
  agentRequested: 'routing.agent-requested.v1',
  offerMade: 'routing.offer-made.v1',
  offerAccepted: 'routing.offer-accepted.v1',
  offerDeclined: 'routing.offer-declined.v1',
  offerExpired: 'routing.offer-expired.v1',
  offerWithdrawn: 'routing.offer-withdrawn.v1',
  contactAssigned: 'routing.contact-assigned.v1',
  contactAbandoned: 'routing.contact-abandoned.v1',
  contactTransferred: 'routing.contact-transferred.v1',
  contactWrappedUp: 'routing.contact-wrapped-up.v1',
  overflowApplied: 'routing.overflow-applied.v1',
  callbackRequested: 'routing.callback-requested.v1',
  selfServiceResolved: 'routing.self-service-resolved.v1',
  agentPresenceChanged: 'routing.agent-presence-changed.v1',
} as const;

export type RoutingEventType = (typeof RoutingEventTypes)[keyof typeof RoutingEventTypes];

export interface RoutingEventPayloads {
  'routing.contact-queued.v1': ContactQueuedPayload;
  'routing.agent-requested.v1': AgentRequestedPayload;
  'routing.offer-made.v1': OfferMadePayload;
  'routing.offer-accepted.v1': OfferAcceptedPayload;
  'routing.offer-declined.v1': OfferMissedPayload;
  'routing.offer-expired.v1': OfferMissedPayload;
  'routing.offer-withdrawn.v1': OfferWithdrawnPayload;
  'routing.contact-assigned.v1': ContactAssignedPayload;
  'routing.contact-abandoned.v1': ContactAbandonedPayload;
  'routing.contact-transferred.v1': ContactTransferredPayload;
  'routing.contact-wrapped-up.v1': ContactWrappedUpPayload;
  'routing.overflow-applied.v1': OverflowAppliedPayload;
  'routing.callback-requested.v1': CallbackRequestedPayload;
  'routing.self-service-resolved.v1': SelfServiceResolvedPayload;
  'routing.agent-presence-changed.v1': AgentPresenceChangedPayload;
}

/** One routing event, its payload typed by its type: narrow with `event.type === RoutingEventTypes.offerMade`. */
export type RoutingEvent = {
  [T in RoutingEventType]: EventEnvelope<T, RoutingEventPayloads[T]>;
}[RoutingEventType];

/** A routing event before its envelope is made: what the domain decides. */
export type RoutingFact = {
  [T in RoutingEventType]: { readonly type: T; readonly payload: RoutingEventPayloads[T] };
}[RoutingEventType];

const ROUTING_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(RoutingEventTypes));

export function isRoutingEventType(type: string): type is RoutingEventType {
  return ROUTING_EVENT_TYPES.has(type);
}

/** Narrows an envelope from the bus or the store to a routing event (by its type; the payload is trusted). */
export function asRoutingEvent(event: EventEnvelope): RoutingEvent | null {
  return isRoutingEventType(event.type) ? (event as unknown as RoutingEvent) : null;
}
