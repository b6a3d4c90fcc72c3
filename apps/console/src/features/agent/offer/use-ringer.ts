import { useEffect } from 'react';
import { ring } from './beep';

const RING_EVERY_MS = 2500;

/** Rings at once and every few seconds while `active` (an offer is waiting for an answer). */
export function useRinger(active: boolean, muted: boolean): void {
  useEffect(() => {
    if (!active || muted) return undefined;
    ring();
    const timer = window.setInterval(ring, RING_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [active, muted]);
}
