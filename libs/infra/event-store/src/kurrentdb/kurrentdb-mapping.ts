import {
  ANY,
  ErrorType,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  jsonEvent,
  type AppendStreamState,
  type EventData,
  type Position,
  type ReadPosition,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { EventEnvelope } from '@switchboard/contracts';
import { EventStoreUnavailable, StreamVersionConflict } from '../errors';
import type { ExpectedRevision, RecordedEvent } from '../event-store';

/** Checkpoints live in ordinary streams with this prefix; readers of `all` never see them. */
export const CHECKPOINT_STREAM_PREFIX = 'sb-checkpoint-';

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

/** The whole envelope is the event's data, so it round-trips exactly; KurrentDB's own metadata keys feed its projections. */
export function toEventData(envelope: EventEnvelope): EventData {
  return jsonEvent({
    id: envelope.id,
    type: envelope.type,
    data: { ...envelope },
    metadata: { $correlationId: envelope.correlationId, $causationId: envelope.causationId ?? envelope.id },
  });
}

/**
 * Our global position is the commit position: each event KurrentDB writes has its own, increasing
 * in the order of `$all` (the prepare position matters only for explicit transactions, which we never use).
 */
export const toPosition = (position: Position): number => Number(position.commit);

/** `after` is exclusive in the port; KurrentDB starts reads at a position inclusively, so callers skip it. */
export function readPositionAfter(after: number): ReadPosition {
  return after > 0 ? { commit: BigInt(after), prepare: BigInt(after) } : START;
}

/** An envelope event from `$all` or a stream; `undefined` for anything else (checkpoints, unresolved links). */
export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || event.streamId.startsWith(CHECKPOINT_STREAM_PREFIX)) return undefined;
  if (!event.isJson) throw new Error(`event ${event.id} in ${event.streamId} is not JSON: not written by this store`);
  const commit = resolved.commitPosition ?? event.position?.commit;
  if (commit === undefined) throw new Error(`KurrentDB returned no position for event ${event.id} (needs server 22.6 or later)`);
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    position: Number(commit),
    event: event.data as unknown as EventEnvelope,
  };
}

function errorType(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { type?: string }).type : undefined;
}

export const isStreamNotFound = (error: unknown) => errorType(error) === ErrorType.STREAM_NOT_FOUND;

/** Maps the client's errors to the port's: a wrong expected version is a conflict, anything else unavailability. */
export function toStoreError(error: unknown, doing: string, streamId?: string, expected?: ExpectedRevision): Error {
  if (error instanceof StreamVersionConflict || error instanceof EventStoreUnavailable) return error;
  if (errorType(error) === ErrorType.WRONG_EXPECTED_VERSION && streamId !== undefined && expected !== undefined) {
    const actual = (error as { actualState?: bigint | string }).actualState;
    return new StreamVersionConflict(streamId, expected, typeof actual === 'bigint' ? Number(actual) : null);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new EventStoreUnavailable(`KurrentDB failed to ${doing}: ${reason}`, { cause: error });
}
