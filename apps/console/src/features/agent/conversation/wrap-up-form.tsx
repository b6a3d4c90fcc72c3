import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/api/api-error';

export const DISPOSITIONS: readonly { readonly value: string; readonly label: string }[] = [
  { value: 'resolved', label: 'Resolved' },
  { value: 'follow-up-needed', label: 'Follow-up needed' },
  { value: 'callback-promised', label: 'Callback promised' },
  { value: 'escalated', label: 'Escalated' },
  { value: 'no-action', label: 'No action needed' },
];

/** Ends the agent's work on the conversation with a disposition; their capacity frees up. */
export function WrapUpForm({ onWrapUp, onCancel, idPrefix }: { readonly onWrapUp: (disposition: string) => Promise<unknown>; readonly onCancel: () => void; readonly idPrefix: string }) {
  const [disposition, setDisposition] = useState('resolved');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await onWrapUp(disposition);
    } catch (failure) {
      setError(describeError(failure));
      setPending(false);
    }
  };

  return (
    <form className="panel-form" onSubmit={submit} aria-labelledby={`${idPrefix}-wrap-title`} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <h3 id={`${idPrefix}-wrap-title`}>Wrap up</h3>
      <label className="field">
        <span>Disposition</span>
        <select value={disposition} onChange={(event) => setDisposition(event.target.value)} autoFocus>
          {DISPOSITIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Wrapping up…' : 'Finish conversation'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
