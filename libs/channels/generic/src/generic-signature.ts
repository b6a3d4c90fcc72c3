import { createHmac } from 'node:crypto';
import { InvalidSignature, StaleRequest, constantTimeEqualAny } from '@switchboard/channels-core';

/** How far the signer's clock may be from ours, either way, before a request counts as a replay. */
export const MAX_SIGNATURE_AGE_SECONDS = 300;

/**
 * `X-Switchboard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. Several
 * `v1` values may be sent while a secret is rotated; one matching is enough.
 */
export function genericSignature(secret: string, timestamp: number, rawBody: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(rawBody).digest('hex');
}

export function verifyGenericSignature(secret: string, header: string | undefined, rawBody: Buffer, now: Date): void {
  if (!header) throw new InvalidSignature('missing X-Switchboard-Signature header');
  const { timestamp, signatures } = parseHeader(header);
  const expected = genericSignature(secret, timestamp, rawBody);
  if (!constantTimeEqualAny(expected, signatures.map((signature) => signature.toLowerCase()))) {
    throw new InvalidSignature('X-Switchboard-Signature does not match');
  }
  // Checked after the signature, so an unsigned caller learns nothing about our clock.
  if (Math.abs(now.getTime() / 1000 - timestamp) > MAX_SIGNATURE_AGE_SECONDS) {
    throw new StaleRequest(`signature timestamp is more than ${MAX_SIGNATURE_AGE_SECONDS} s away from now`);
  }
}

function parseHeader(header: string): { timestamp: number; signatures: string[] } {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value !== '') signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) throw new InvalidSignature('X-Switchboard-Signature must be t=<unix seconds>,v1=<hex>');
  return { timestamp, signatures };
}
