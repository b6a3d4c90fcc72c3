import { createEnvelope, type EnvelopeContext, type RoutingEvent, type RoutingFact } from '@switchboard/contracts';
import { RoutingEventTypes } from '@switchboard/contracts';
import { agentRoutingStream, routingStream } from './routing-stream';

/** Where recorded routing events go besides in-process listeners: the event store and the bus. */
export interface RoutingEventSink {
  /** Called per stream in order; events of one stream are never written concurrently. */
  write(streamId: string, busKey: string, events: readonly RoutingEvent[]): Promise<void>;
}

export interface RecordContext {
  readonly tenantId: string;
  readonly correlationId?: string;
  readonly causationId?: string | null;
}

export type RoutingEventListener = (event: RoutingEvent) => void;

const ROUTER_SOURCE = { channel: 'system', provider: 'router' } as const;

function subjectOf(fact: RoutingFact): { contactId: string | null; agentId: string | null } {
  if (fact.type === RoutingEventTypes.agentPresenceChanged) return { contactId: null, agentId: fact.payload.agentId };
  return { contactId: fact.payload.contactId, agentId: null };
}

/**
 * Turns the engine's facts into envelopes and hands them on: first to in-process listeners
 * (synchronously, so a gateway in this process pushes an offer at once), then to the sink, one
 * stream at a time in order. The state change has already happened when facts are recorded: a sink
 * failure loses the record, never the routing, and is reported to `onSinkError`.
 */
export class RoutingRecorder {
  private readonly listeners = new Set<RoutingEventListener>();
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly sink: RoutingEventSink | null,
    private readonly context: EnvelopeContext,
    private readonly onListenerError: (error: unknown) => void = () => undefined,
    private readonly onSinkError: (error: unknown) => void = () => undefined,
  ) {}

  addListener(listener: RoutingEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records facts about ONE subject (a contact, or an agent's presence), in order. */
  async record(at: RecordContext, facts: readonly RoutingFact[]): Promise<RoutingEvent[]> {
    if (facts.length === 0) return [];
    const events = facts.map((fact) => this.envelope(at, fact));
    for (const event of events) this.notify(event);
    const first = facts[0] as RoutingFact;
    const { contactId, agentId } = subjectOf(first);
    const streamId = contactId !== null ? routingStream(at.tenantId, contactId) : agentRoutingStream(at.tenantId, agentId ?? '');
    const busKey = contactId ?? `agent:${agentId}`;
    await this.write(streamId, busKey, events);
    return events;
  }

  private envelope(at: RecordContext, fact: RoutingFact): RoutingEvent {
    const { contactId } = subjectOf(fact);
    return createEnvelope(
      {
        type: fact.type,
        tenantId: at.tenantId,
        source: ROUTER_SOURCE,
        subject: contactId !== null ? { conversationId: contactId } : {},
        payload: fact.payload,
        correlationId: at.correlationId,
        causationId: at.causationId ?? null,
      },
      this.context,
    ) as RoutingEvent;
  }

  private notify(event: RoutingEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  private write(streamId: string, busKey: string, events: RoutingEvent[]): Promise<void> {
    const sink = this.sink;
    if (!sink) return Promise.resolve();
    const previous = this.tails.get(streamId) ?? Promise.resolve();
    const next = previous.then(() => sink.write(streamId, busKey, events)).catch((error: unknown) => this.onSinkError(error));
    this.tails.set(streamId, next);
    void next.then(() => {
      if (this.tails.get(streamId) === next) this.tails.delete(streamId);
    });
    return next;
  }
}
