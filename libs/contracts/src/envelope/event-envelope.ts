/** Where an event came from: the channel connection, the provider and the provider's own id for it. */
export interface EventSource {
  /** Channel kind (`voice`, `sms`, `whatsapp`, `email`, `chat`, ...) or `system` for internal events. */
  readonly channel: string;
  /** Provider or producing service (`twilio`, `meta`, `router`, ...). */
  readonly provider: string;
  /** The provider's id for this event, used to deduplicate redeliveries. */
  readonly providerEventId?: string;
  /** The tenant's configured channel connection, when the event entered through one. */
  readonly channelId?: string;
}

/** Who the event is about, when known. */
export interface EventSubject {
  readonly customerId?: string;
  readonly conversationId?: string;
}

/**
 * The canonical envelope. Every event on the bus and in the event store has this shape.
 * `type` is past tense and versioned (`message.received.v1`); a published type never changes meaning.
 */
export interface EventEnvelope<TType extends string = string, TPayload = Record<string, unknown>> {
  /** Time-sortable unique id (UUIDv7). */
  readonly id: string;
  readonly type: TType;
  readonly tenantId: string;
  /** When it happened at the source (ISO-8601). */
  readonly occurredAt: string;
  /** When Switchboard recorded it (ISO-8601). */
  readonly recordedAt: string;
  readonly source: EventSource;
  readonly subject: EventSubject;
  /** Shared by every event of one flow (e.g. one webhook and all it caused). */
  readonly correlationId: string;
  /** The id of the event or command that directly caused this one; null for an origin. */
  readonly causationId: string | null;
  readonly payload: TPayload;
}
