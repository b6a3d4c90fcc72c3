import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a received secret or signature with the expected one in constant time.
 * Both sides are hashed first so that `timingSafeEqual` always sees equal lengths and the
 * comparison time says nothing about the expected value's length either.
 */
export function constantTimeEqual(received: string | Buffer, expected: string | Buffer): boolean {
  const a = Buffer.isBuffer(received) ? received : Buffer.from(received, 'utf8');
  const b = Buffer.isBuffer(expected) ? expected : Buffer.from(expected, 'utf8');
  const digestsEqual = timingSafeEqual(sha256(a), sha256(b));
  return digestsEqual && a.length === b.length;
}

/** True when `received` equals any of `candidates` (secret rotation, URL variants); checks them all. */
export function constantTimeEqualAny(received: string | Buffer, candidates: readonly (string | Buffer)[]): boolean {
  let matched = false;
  for (const candidate of candidates) matched = constantTimeEqual(received, candidate) || matched;
  return matched;
}

function sha256(value: Buffer): Buffer {
  return createHash('sha256').update(value).digest();
}
