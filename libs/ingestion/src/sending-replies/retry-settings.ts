import type { RetryPolicy } from '@switchboard/channels-core';

/**
 * How a sender retries one provider call. Retries happen inside the bus handler, which cannot
 * heartbeat its consumer group, so the whole budget stays well under a Kafka session (30 s):
 * a Retry-After beyond `policy.maxRetryAfterMs` is not waited out but reported as a retriable failure.
 */
export interface SendRetrySettings {
  readonly maxAttempts: number;
  readonly policy: RetryPolicy;
  readonly requestTimeoutMs: number;
}

export const defaultSendRetrySettings: SendRetrySettings = {
  maxAttempts: 4,
  policy: { baseDelayMs: 500, maxDelayMs: 4_000, maxRetryAfterMs: 10_000 },
  requestTimeoutMs: 8_000,
};

/** The sender's view of time, injectable so tests can check backoff without waiting for it. */
export interface SendClock {
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /** [0, 1) for backoff jitter. */
  readonly random: () => number;
}

export const systemSendClock: SendClock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};
