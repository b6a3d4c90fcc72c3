/**
 * A personal value once read back from the store: the text, or {@link UNREADABLE} when the key it
 * was sealed with has been destroyed (the customer was erased). Kept distinct from `null`, which
 * in the events means "absent" or "cleared".
 */
export interface Unreadable {
  readonly unreadable: true;
}

export const UNREADABLE: Unreadable = Object.freeze({ unreadable: true as const });

export type Personal = string | Unreadable;

export function isUnreadable(value: unknown): value is Unreadable {
  return typeof value === 'object' && value !== null && (value as Partial<Unreadable>).unreadable === true;
}

/** The text, or null when absent or unreadable: what a reader is shown. */
export function readable(value: Personal | null | undefined): string | null {
  return typeof value === 'string' ? value : null;
}
