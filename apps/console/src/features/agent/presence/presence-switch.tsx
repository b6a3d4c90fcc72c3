import type { AgentPresenceView } from '@switchboard/contracts/realtime';
import { useState } from 'react';
import { describeError } from '../../../shared/api/api-error';
import type { Presence } from '../../../shared/api/routing.types';
import { PresenceBadge, presenceLabel } from '../../../shared/components/presence-badge';
import { formatDuration } from '../../../shared/format/time';
import { useNow } from '../../../shared/hooks/use-now';

// Wrap-up is entered by finishing a contact, not chosen; offline is signing off.
const CHOOSABLE: readonly Presence[] = ['available', 'away', 'busy', 'offline'];

/** The agent's own presence: what it is, for how long, and a radio group to change it. */
export function PresenceSwitch({ presence, onChange, disabled }: { readonly presence: AgentPresenceView | null; readonly onChange: (presence: Presence) => Promise<unknown>; readonly disabled: boolean }) {
  const now = useNow();
  const [pending, setPending] = useState<Presence | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = presence?.presence ?? 'offline';

  const choose = async (next: Presence) => {
    if (next === current) return;
    setPending(next);
    setError(null);
    try {
      await onChange(next);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="presence-switch">
      <div className="presence-switch__now" aria-live="polite">
        <PresenceBadge presence={current} />
        {presence && <span className="muted"> for {formatDuration((now - Date.parse(presence.presenceSince)) / 1000)}</span>}
      </div>
      <fieldset className="segmented" disabled={disabled}>
        <legend className="visually-hidden">Set your presence</legend>
        {CHOOSABLE.map((option) => (
          <label key={option} className={`segmented__option${option === current ? ' segmented__option--on' : ''}`}>
            <input type="radio" name="presence" value={option} checked={option === current} onChange={() => void choose(option)} />
            {pending === option ? '…' : presenceLabel(option)}
          </label>
        ))}
      </fieldset>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
