import type { EventEnvelope } from '@switchboard/contracts';
import type { RecordedEvent } from '../event-store';

/** `pg` returns int8 as a string, PGlite as a number or bigint: all become JS numbers here. */
export type SqlInteger = string | number | bigint;

export interface EventRow {
  readonly position: SqlInteger;
  readonly stream_id: string;
  readonly stream_revision: SqlInteger;
  readonly envelope: EventEnvelope | string;
}

export const EVENT_COLUMNS = 'position, stream_id, stream_revision, envelope';

export function toNumber(value: SqlInteger): number {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new Error(`integer out of range: ${String(value)}`);
  return result;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    revision: toNumber(row.stream_revision),
    position: toNumber(row.position),
    // Both drivers parse jsonb; a string only shows up if a driver's type parser was replaced.
    event: typeof row.envelope === 'string' ? (JSON.parse(row.envelope) as EventEnvelope) : row.envelope,
  };
}
