import { Topics, type EventEnvelope, type RoutingEvent } from '@switchboard/contracts';
import type { Bus } from '@switchboard/infra-bus';
import type { EventStore } from '@switchboard/infra-event-store';
import type { RoutingEventSink } from './routing-recorder';

// Payload interfaces have no index signature; the stores take any envelope, so this widening is safe.
const asEnvelopes = (events: readonly RoutingEvent[]) => events as unknown as readonly EventEnvelope[];

/**
 * Records routing events in the event store (so explanations survive restarts) and then publishes
 * them on `Topics.routingEvents` for other processes. Appends use `any`: the routing state, not the
 * stream, decides what may happen; the stream is the record of what did.
 */
export function createStoreAndBusSink(store: EventStore | null, bus: Bus | null): RoutingEventSink {
  return {
    async write(streamId, busKey, events) {
      const envelopes = asEnvelopes(events);
      if (store) await store.append(streamId, envelopes, { expectedRevision: 'any' });
      if (bus) await bus.publish(Topics.routingEvents, envelopes.map((event) => ({ key: busKey, event })));
    },
  };
}
