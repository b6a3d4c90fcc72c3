import { useState } from 'react';
import { describeError } from '../../../shared/api/api-error';
import { ConsentPurposes, type ConsentPurpose, type ConsentStatus, type CustomerCard } from '../../../shared/api/timeline.types';

const PURPOSES: Readonly<Record<ConsentPurpose, string>> = { contact: 'Contact', marketing: 'Marketing', recording: 'Call recording' };

/** Consent per purpose, as the customer gave it; the agent records what the customer says now. */
export function ConsentEditor({ customer, onChange, idPrefix }: { readonly customer: CustomerCard; readonly onChange: (purpose: ConsentPurpose, status: ConsentStatus) => Promise<unknown>; readonly idPrefix: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<ConsentPurpose | null>(null);

  const change = async (purpose: ConsentPurpose, status: ConsentStatus) => {
    setPending(purpose);
    setError(null);
    try {
      await onChange(purpose, status);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="side-section" aria-labelledby={`${idPrefix}-consent-title`}>
      <h3 id={`${idPrefix}-consent-title`}>Consent</h3>
      <ul className="consent">
        {ConsentPurposes.map((purpose) => {
          const status = customer.consent[purpose];
          return (
            <li key={purpose}>
              <span>
                {PURPOSES[purpose]} <span className={`chip chip--${status ?? 'unknown'}`}>{status ?? 'not asked'}</span>
              </span>
              <label>
                <span className="visually-hidden">Record {PURPOSES[purpose]} consent</span>
                <select value="" disabled={pending !== null} onChange={(event) => void change(purpose, event.target.value as ConsentStatus)}>
                  <option value="">Record…</option>
                  <option value="given">given</option>
                  <option value="withdrawn">withdrawn</option>
                </select>
              </label>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
