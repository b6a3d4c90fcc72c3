import type { EventEnvelope, EventSource, EventSubject } from './event-envelope';
import { isEventType } from './event-type';

/** What a producer knows about a new event; the envelope's bookkeeping fields are filled in here. */
export interface NewEventInput<TType extends string, TPayload> {
  readonly type: TType;
  readonly tenantId: string;
  readonly source: EventSource;
  readonly subject?: EventSubject;
  readonly payload: TPayload;
  /** Defaults to `now`. */
  readonly occurredAt?: string;
  /** Defaults to the new event's own id (an origin event starts its own flow). */
  readonly correlationId?: string;
  readonly causationId?: string | null;
}

/** Clock and id source are passed in so that callers (and tests) stay deterministic. */
export interface EnvelopeContext {
  readonly now: () => Date;
  readonly newId: () => string;
}

export function createEnvelope<TType extends string, TPayload>(
  input: NewEventInput<TType, TPayload>,
  context: EnvelopeContext,
): EventEnvelope<TType, TPayload> {
  if (!isEventType(input.type)) throw new Error(`event type must be past tense and versioned: ${input.type}`);
  const id = context.newId();
  const recordedAt = context.now().toISOString();
  return {
    id,
    type: input.type,
    tenantId: input.tenantId,
    occurredAt: input.occurredAt ?? recordedAt,
    recordedAt,
    source: input.source,
    subject: input.subject ?? {},
    correlationId: input.correlationId ?? id,
    causationId: input.causationId ?? null,
    payload: input.payload,
  };
}

/** Envelope for an event caused by another: same correlation, causation points at the cause. */
export function causedBy(cause: Pick<EventEnvelope, 'id' | 'correlationId'>): Pick<NewEventInput<string, unknown>, 'correlationId' | 'causationId'> {
  return { correlationId: cause.correlationId, causationId: cause.id };
}
