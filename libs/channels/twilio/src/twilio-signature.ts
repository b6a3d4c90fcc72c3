import { createHmac } from 'node:crypto';
import { constantTimeEqualAny, type FormParams } from '@switchboard/channels-core';

/**
 * `X-Twilio-Signature`: base64 HMAC-SHA1, keyed with the auth token, of the full URL followed by
 * every POST parameter sorted by name as name+value (repeated names: each distinct value, sorted).
 * https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export function twilioSignature(authToken: string, url: string, params: FormParams): string {
  let data = url;
  for (const key of params.keys().sort()) {
    for (const value of [...new Set(params.getAll(key))].sort()) data += key + value;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/**
 * Twilio signs the URL sometimes with and sometimes without the default port, depending on how
 * the number is configured and which of its services calls, so both forms are accepted.
 */
export function isValidTwilioSignature(authToken: string, signature: string, url: string, params: FormParams): boolean {
  const candidates = urlVariants(url).map((variant) => twilioSignature(authToken, variant, params));
  return constantTimeEqualAny(signature, candidates);
}

function urlVariants(url: string): string[] {
  // Signed byte for byte as configured; the variants cover Twilio adding or dropping the port.
  const parsed = new URL(url);
  const withoutPort = new URL(url);
  withoutPort.port = '';
  return [...new Set([url, parsed.toString(), withoutPort.toString(), withDefaultPort(parsed)])];
}

function withDefaultPort(parsed: URL): string {
  if (parsed.port) return parsed.toString();
  const credentials = parsed.username ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@` : '';
  const port = parsed.protocol === 'https:' ? '443' : '80';
  return `${parsed.protocol}//${credentials}${parsed.host}:${port}${parsed.pathname}${parsed.search}`;
}
