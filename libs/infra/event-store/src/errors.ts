import type { ExpectedRevision } from './event-store';

/** The stream was not at the expected revision: another writer won. Retriable after re-reading the stream. */
export class StreamVersionConflict extends Error {
  readonly code = 'STREAM_VERSION_CONFLICT';
  readonly retriable = true;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | null,
  ) {
    super(`stream ${streamId} expected at ${String(expected)} but is at ${actual === null ? 'no stream' : actual}`);
    this.name = 'StreamVersionConflict';
  }
}

/** The store could not be reached or failed. Retriable. */
export class EventStoreUnavailable extends Error {
  readonly code = 'EVENT_STORE_UNAVAILABLE';
  readonly retriable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailable';
  }
}

/**
 * An event id is already recorded somewhere else than as a retry of the same append (in another
 * stream, or only some of the batch). Not retriable: the producer reused an id.
 */
export class DuplicateEventId extends Error {
  readonly code = 'DUPLICATE_EVENT_ID';
  readonly retriable = false;
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(`event ids already recorded outside this append to ${streamId}: ${eventIds.join(', ')}`);
    this.name = 'DuplicateEventId';
  }
}
