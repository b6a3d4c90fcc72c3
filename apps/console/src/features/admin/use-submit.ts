import { useState } from 'react';
import { describeError } from '../../shared/api/api-error';

/** A form's submission: pending while it runs, the server's words when it fails. */
export function useSubmit() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    } finally {
      setPending(false);
    }
  };
  return { pending, error, run, clear: () => setError(null) };
}
