import type { SessionUser } from '../api/identity.types';

export interface Session {
  readonly accessToken: string;
  /** ISO-8601. */
  readonly expiresAt: string;
  readonly user: SessionUser;
}

// sessionStorage, not localStorage: the token survives a reload of this tab but not the closing of
// the browser, and is not shared with other tabs (a supervisor and an agent can be signed in side
// by side, which the demo needs).
const KEY = 'switchboard.session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Session>;
  return typeof candidate.accessToken === 'string' && typeof candidate.expiresAt === 'string' && typeof candidate.user?.role === 'string';
}

export function loadSession(now = Date.now()): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!isSession(parsed) || Date.parse(parsed.expiresAt) <= now) return null;
    return parsed;
  } catch {
    // Storage blocked (private mode) or a corrupt value: start signed out, never crash.
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the session still lives in memory for this page.
  }
}

/** When to refresh: a fifth of the lifetime before expiry, at most five minutes before, at least now. */
export function refreshDelayMs(expiresAt: string, now = Date.now()): number {
  const remaining = Date.parse(expiresAt) - now;
  const margin = Math.min(5 * 60_000, remaining / 5);
  // setTimeout overflows past 2^31-1 ms (about 24 days).
  return Math.max(0, Math.min(remaining - margin, 2 ** 31 - 1));
}
