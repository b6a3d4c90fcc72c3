import type { OfferPush } from '@switchboard/contracts/realtime';
import { useEffect, useState } from 'react';
import { describeError } from '../../../shared/api/api-error';
import { secondsUntil } from '../../../shared/format/time';
import { useNow } from '../../../shared/hooks/use-now';
import { useRinger } from './use-ringer';

/**
 * An incoming contact: it rings and pulses, counts down to its expiry, and is answered with the
 * buttons or Alt+A / Alt+D from anywhere in the workspace (without stealing focus from a reply
 * being typed).
 */
export function OfferCard({ offer, onAccept, onDecline, muted }: { readonly offer: OfferPush; readonly onAccept: () => Promise<void>; readonly onDecline: () => Promise<void>; readonly muted: boolean }) {
  const now = useNow(250);
  const [pending, setPending] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const left = secondsUntil(offer.expiresAt, now);
  const total = offer.offeredAt ? Math.max(1, (Date.parse(offer.expiresAt) - Date.parse(offer.offeredAt)) / 1000) : Math.max(left, 20);
  useRinger(pending === null, muted);

  const answer = async (which: 'accept' | 'decline') => {
    if (pending) return;
    setPending(which);
    setError(null);
    try {
      await (which === 'accept' ? onAccept() : onDecline());
    } catch (failure) {
      setError(describeError(failure));
      setPending(null);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey) return;
      if (event.key.toLowerCase() === 'a') void answer('accept');
      if (event.key.toLowerCase() === 'd') void answer('decline');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <section className="offer offer--ringing" aria-labelledby="offer-title" data-testid="offer">
      <div className="offer__pulse" aria-hidden="true" />
      <div className="offer__body">
        <h2 id="offer-title">{offer.callback ? 'Callback to make' : `Incoming ${offer.channel} contact`}</h2>
        {/* Announced once (not on every tick of the countdown). */}
        <p className="visually-hidden" role="alert">
          {offer.callback ? 'A callback to make' : `Incoming ${offer.channel} contact`} from queue {offer.queueId}. Press Alt+A to accept or Alt+D to decline.
        </p>
        <p className="muted">
          Queue <strong>{offer.queueId}</strong> · answer within <span className="offer__seconds">{left} s</span>
        </p>
        <progress className="offer__countdown" max={total} value={left} aria-label={`${left} seconds left to answer`} />
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="offer__actions">
        <button type="button" className="button button--primary button--large" onClick={() => void answer('accept')} disabled={pending !== null} aria-keyshortcuts="Alt+A">
          {pending === 'accept' ? 'Accepting…' : 'Accept'}
        </button>
        <button type="button" className="button button--large" onClick={() => void answer('decline')} disabled={pending !== null} aria-keyshortcuts="Alt+D">
          {pending === 'decline' ? 'Declining…' : 'Decline'}
        </button>
      </div>
    </section>
  );
}
