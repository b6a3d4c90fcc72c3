import type { RetryPolicy } from '../bus';

export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_INITIAL_BACKOFF_MS = 100;

/** Fills in the port's documented defaults and rejects nonsense early, at subscribe time. */
export function resolveRetryPolicy(policy: RetryPolicy = {}): Required<RetryPolicy> {
  const maxAttempts = policy.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const initialBackoffMs = policy.initialBackoffMs ?? DEFAULT_INITIAL_BACKOFF_MS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`retry.maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  if (!Number.isFinite(initialBackoffMs) || initialBackoffMs < 0) throw new RangeError(`retry.initialBackoffMs must be >= 0, got ${initialBackoffMs}`);
  return { maxAttempts, initialBackoffMs };
}
