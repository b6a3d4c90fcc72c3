import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { BusKeys } from './bus-keys';
import { SealedMessageUnreadable } from './sealed-message-unreadable';

/**
 * The sealed form: `v1.<keyId>.<iv>.<ciphertext+tag>`, base64url parts. `v1` is AES-256-GCM with a
 * random 96-bit IV and a 128-bit tag appended to the ciphertext; the version and the key id are
 * authenticated along with the caller's associated data, so neither can be swapped unnoticed.
 */
export const SEAL_VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const associated = (keyId: string, aad: string) => Buffer.from(`${SEAL_VERSION}.${keyId}.${aad}`, 'utf8');

export function sealText(keys: BusKeys, text: string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keys.sealKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associated(keys.keyId, aad));
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [SEAL_VERSION, keys.keyId, iv.toString('base64url'), data.toString('base64url')].join('.');
}

/** The key id a sealed value names, to pick the secret that opens it; throws when it is not a sealed value. */
export function sealedKeyId(sealed: string): string {
  const parts = sealed.split('.');
  if (parts[0] !== SEAL_VERSION) throw new SealedMessageUnreadable(`unknown seal format "${parts[0]?.slice(0, 16) ?? ''}" (this process reads ${SEAL_VERSION})`);
  if (parts.length !== 4 || !/^[0-9a-f]{8}$/.test(parts[1] ?? '')) throw new SealedMessageUnreadable('malformed sealed value');
  return parts[1] as string;
}

export function openText(keys: BusKeys, sealed: string, aad: string): string {
  const [, keyId, ivText, dataText] = sealed.split('.');
  if (keyId !== keys.keyId) throw new SealedMessageUnreadable(`sealed with bus key ${keyId}, not with this BUS_SECRET's key ${keys.keyId}`);
  const iv = Buffer.from(ivText ?? '', 'base64url');
  const data = Buffer.from(dataText ?? '', 'base64url');
  if (iv.length !== IV_BYTES || data.length < TAG_BYTES) throw new SealedMessageUnreadable('malformed sealed value');
  const decipher = createDecipheriv(ALGORITHM, keys.sealKey, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(associated(keyId, aad));
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    // GCM says only "unable to authenticate data": the ciphertext, its key or what it is bound to was altered.
    throw new SealedMessageUnreadable('it does not authenticate: altered since it was sealed (value, key or envelope fields), or sealed with another secret');
  }
}
