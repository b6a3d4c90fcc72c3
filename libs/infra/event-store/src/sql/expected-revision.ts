import { StreamVersionConflict } from '../errors';
import type { ExpectedRevision } from '../event-store';

/** Throws {@link StreamVersionConflict} unless a stream at `actual` (null: no stream) satisfies `expected`. */
export function assertExpectedRevision(streamId: string, expected: ExpectedRevision, actual: number | null): void {
  const satisfied =
    expected === 'any' ||
    (expected === 'no_stream' && actual === null) ||
    (expected === 'stream_exists' && actual !== null) ||
    (typeof expected === 'number' && expected === actual);
  if (!satisfied) throw new StreamVersionConflict(streamId, expected, actual);
}
