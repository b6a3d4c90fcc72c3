import { DuplicateEventId, EventStoreUnavailable, StreamVersionConflict } from '../errors';

const UNIQUE_VIOLATION = '23505';

function sqlState(error: unknown): { code?: string; constraint?: string } {
  return typeof error === 'object' && error !== null ? (error as { code?: string; constraint?: string }) : {};
}

/** The database rejected a second event at an existing (stream, revision): a writer raced us past the lock. */
export function isStreamRevisionViolation(error: unknown): boolean {
  const { code, constraint } = sqlState(error);
  return code === UNIQUE_VIOLATION && constraint === 'event_store_events_stream_revision_unique';
}

export function isEventIdViolation(error: unknown): boolean {
  const { code, constraint } = sqlState(error);
  return code === UNIQUE_VIOLATION && constraint === 'event_store_events_event_id_unique';
}

/** Domain errors pass through; anything the database threw becomes one retriable {@link EventStoreUnavailable}. */
export function toStoreError(error: unknown, doing: string): Error {
  if (error instanceof StreamVersionConflict || error instanceof DuplicateEventId || error instanceof EventStoreUnavailable) {
    return error;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new EventStoreUnavailable(`event store failed to ${doing}: ${reason}`, { cause: error });
}

/** Runs `work`, rethrowing database failures as {@link toStoreError} does. */
export async function guarded<T>(doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error, doing);
  }
}
