import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '@switchboard/channels-core';

/**
 * `X-Hub-Signature-256: sha256=<hex>`: HMAC-SHA256 of the raw body, keyed with the app secret.
 * Computed over the bytes as received: re-serialised JSON would not match (Meta escapes unicode).
 */
export function metaSignature(appSecret: string, rawBody: Buffer): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

export function isValidMetaSignature(appSecret: string, header: string, rawBody: Buffer): boolean {
  return constantTimeEqual(header.trim().toLowerCase(), metaSignature(appSecret, rawBody));
}
