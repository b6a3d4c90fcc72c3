import fc from 'fast-check';
import { defaultRetryPolicy, isRetriableStatus, retryDelayFor } from './retry-delay';

const now = new Date('2026-11-23T09:00:00.000Z');

describe('retryDelayFor', () => {
  it('backs off exponentially from the base delay up to the ceiling', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayFor(attempt))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayFor(40)).toBe(defaultRetryPolicy.maxDelayMs);
  });

  it('honours Retry-After in seconds', () => {
    expect(retryDelayFor(1, '7')).toBe(7000);
    expect(retryDelayFor(5, '0')).toBe(0);
  });

  it('honours Retry-After as an HTTP date', () => {
    expect(retryDelayFor(1, 'Mon, 23 Nov 2026 09:00:30 GMT', { now })).toBe(30_000);
    expect(retryDelayFor(1, 'Mon, 23 Nov 2026 08:59:00 GMT', { now })).toBe(0);
  });

  it('caps an absurd Retry-After', () => {
    expect(retryDelayFor(1, '999999')).toBe(defaultRetryPolicy.maxRetryAfterMs);
  });

  it('falls back to backoff when Retry-After is unreadable or a date comes without a clock', () => {
    expect(retryDelayFor(2, 'soon')).toBe(1000);
    expect(retryDelayFor(2, '-3')).toBe(1000);
    expect(retryDelayFor(2, 'Mon, 23 Nov 2026 09:00:30 GMT')).toBe(1000);
  });

  it('jitters within [0, ceiling] and never goes negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const delay = retryDelayFor(attempt, undefined, { random: () => r });
        return delay >= 0 && delay <= retryDelayFor(attempt);
      }),
    );
  });
});

describe('isRetriableStatus', () => {
  it('retries throttling and transient server errors only', () => {
    expect([429, 503, 500, 502, 504, 408].every(isRetriableStatus)).toBe(true);
    expect([200, 400, 401, 403, 404, 422].some(isRetriableStatus)).toBe(false);
  });
});
