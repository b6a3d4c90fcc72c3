import type { EventEnvelope } from '@switchboard/contracts';

/**
 * The event-store port: streams with optimistic concurrency and a global, gap-free-for-readers
 * order of all events. Adapters: PostgreSQL and PGlite (one SQL implementation), KurrentDB.
 *
 * Revisions are 0-based per stream (the first event of a stream has revision 0).
 */
export type ExpectedRevision =
  /** Append whatever the stream's state. */
  | 'any'
  /** The stream must not exist yet. */
  | 'no_stream'
  /** The stream must exist. */
  | 'stream_exists'
  /** The stream's last event must have exactly this revision. */
  | number;

export interface AppendResult {
  /** Revision of the last event appended: pass it as `expectedRevision` next time. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended. */
  readonly position: number;
}

export interface RecordedEvent {
  readonly streamId: string;
  readonly revision: number;
  /** Monotonic across the whole store; readers of `all` see events in this order without gaps appearing later. */
  readonly position: number;
  readonly event: EventEnvelope;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive starting revision; defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events with a position strictly greater are returned. Defaults to the start. */
  readonly after?: number;
  readonly maxCount?: number;
}

export type AllEventsHandler = (event: RecordedEvent) => Promise<void>;

export interface SubscribeToAllOptions {
  /**
   * With a `subscriberId`, the store keeps the subscriber's checkpoint: it resumes after the last
   * position whose handler resolved. Without one, it starts `after` the given position (default: start).
   */
  readonly subscriberId?: string;
  readonly after?: number;
  readonly handler: AllEventsHandler;
  /** Called when the subscription stops because the handler or the store failed. */
  readonly onError?: (error: Error) => void;
}

export interface Subscription {
  /** Stops delivering and resolves once the handler in progress, if any, has finished. */
  stop(): Promise<void>;
  /** Position of the last event whose handler resolved (0 before the first). */
  readonly lastPosition: number;
}

export interface EventStore {
  readonly kind: 'pglite' | 'postgres' | 'kurrentdb';
  append(streamId: string, events: readonly EventEnvelope[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult>;
  /** Events of one stream; an empty list when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Current revision of a stream, or `null` when it does not exist. */
  streamRevision(streamId: string): Promise<number | null>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the newest event in the store (0 when empty). */
  headPosition(): Promise<number>;
  subscribeToAll(options: SubscribeToAllOptions): Promise<Subscription>;
  /** Saved checkpoint of a subscriber, or `null` when it never checkpointed. */
  readCheckpoint(subscriberId: string): Promise<number | null>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
