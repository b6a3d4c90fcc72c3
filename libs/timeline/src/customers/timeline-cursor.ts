import { InvalidCursor } from '../timeline.errors';

export interface TimelinePosition {
  readonly occurredAt: string;
  readonly id: string;
}

/** Opaque to clients: base64url of the last entry's (occurred_at, id), the keyset to continue after. */
export function encodeCursor(position: TimelinePosition): string {
  return Buffer.from(JSON.stringify([position.occurredAt, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): TimelinePosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && !Number.isNaN(Date.parse(value[0]))) {
      return { occurredAt: value[0], id: value[1] };
    }
  } catch {
    // Not JSON: answered below like any other cursor we did not hand out.
  }
  throw new InvalidCursor();
}
