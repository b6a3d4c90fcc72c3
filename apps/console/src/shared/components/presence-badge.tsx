import type { Presence } from '../api/routing.types';

const LABELS: Record<Presence, string> = { offline: 'Offline', available: 'Available', away: 'Away', busy: 'Busy', 'wrap-up': 'Wrap-up' };

export function presenceLabel(presence: Presence): string {
  return LABELS[presence];
}

/** A presence as a coloured dot with its word (never colour alone). */
export function PresenceBadge({ presence }: { readonly presence: Presence }) {
  return (
    <span className={`presence presence--${presence}`}>
      <span className="presence__dot" aria-hidden="true" />
      {LABELS[presence]}
    </span>
  );
}
