export interface RetryPolicy {
  /** First retry delay; doubled for each further attempt. */
  readonly baseDelayMs: number;
  /** Ceiling of the exponential delay. */
  readonly maxDelayMs: number;
  /** Ceiling for a provider's Retry-After, so a bogus header cannot park a reply for days. */
  readonly maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseDelayMs: 500, maxDelayMs: 60_000, maxRetryAfterMs: 15 * 60_000 };

export interface RetryDelayOptions {
  /** Needed to read an HTTP-date Retry-After. */
  readonly now?: Date;
  readonly policy?: RetryPolicy;
  /** Returns [0, 1): adds full jitter to the exponential delay so senders do not retry in lockstep. */
  readonly random?: () => number;
}

/**
 * How long to wait before retry number `attempt` (1 = the first retry). A provider's Retry-After
 * (delta-seconds or HTTP-date, RFC 9110 §10.2.3) wins when present and readable; otherwise
 * exponential backoff.
 */
export function retryDelayFor(attempt: number, retryAfterHeader?: string, options: RetryDelayOptions = {}): number {
  const policy = options.policy ?? defaultRetryPolicy;
  const retryAfter = retryAfterMs(retryAfterHeader, options.now);
  if (retryAfter !== undefined) return Math.min(retryAfter, policy.maxRetryAfterMs);
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
  return options.random ? Math.floor(ceiling * options.random()) : ceiling;
}

/** Statuses worth retrying: the provider is busy or briefly broken, the request itself was fine. */
export function isRetriableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

function retryAfterMs(header: string | undefined, now: Date | undefined): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!now || !/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
