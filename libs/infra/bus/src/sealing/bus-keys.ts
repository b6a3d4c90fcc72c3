import { createHmac, hkdfSync } from 'node:crypto';

/** The keys one bus secret stands for, each derived on its own (HKDF-SHA256), so none reveals another. */
export interface BusKeys {
  /** Names the secret in every sealed value (8 hex digits), so a reader knows which secret opens it. */
  readonly keyId: string;
  /** AES-256-GCM key of the sealed part of each message. */
  readonly sealKey: Buffer;
  /** HMAC-SHA256 key that turns a message key into the key the broker sees. */
  readonly keyHashKey: Buffer;
}

export const MIN_BUS_SECRET_LENGTH = 32;
const SALT = 'switchboard.bus';

export function deriveBusKeys(secret: string): BusKeys {
  if (secret.length < MIN_BUS_SECRET_LENGTH) throw new RangeError(`the bus secret must be at least ${MIN_BUS_SECRET_LENGTH} characters`);
  const derive = (purpose: string, bytes: number) => Buffer.from(hkdfSync('sha256', secret, SALT, purpose, bytes));
  return {
    keyId: derive('key-id/v1', 4).toString('hex'),
    sealKey: derive('seal/aes-256-gcm/v1', 32),
    keyHashKey: derive('message-key/hmac-sha256/v1', 32),
  };
}

/** Same key in, same hash out: the broker still puts one key's messages in one partition, in order. */
export function hashMessageKey(keys: BusKeys, key: string): string {
  return createHmac('sha256', keys.keyHashKey).update(key, 'utf8').digest('base64url');
}
