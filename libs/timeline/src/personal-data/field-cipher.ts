import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SealedField } from '@switchboard/contracts';

/** A customer's data key, unwrapped, in memory only while it is used. */
export interface DataKey {
  readonly keyId: string;
  readonly key: Buffer;
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

/** Seals one personal value. The key id is authenticated too, so a field cannot be passed off as another key's. */
export function sealText(dataKey: DataKey, text: string): SealedField {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey.key, iv);
  cipher.setAAD(Buffer.from(dataKey.keyId, 'utf8'));
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { enc: ALGORITHM, keyId: dataKey.keyId, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** Opens a sealed value; throws when it was tampered with or the key is not its key. */
export function openText(dataKey: DataKey, field: SealedField): string {
  if (field.keyId !== dataKey.keyId) throw new Error(`field sealed with key ${field.keyId}, not ${dataKey.keyId}`);
  const decipher = createDecipheriv(ALGORITHM, dataKey.key, Buffer.from(field.iv, 'base64'));
  decipher.setAAD(Buffer.from(field.keyId, 'utf8'));
  decipher.setAuthTag(Buffer.from(field.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(field.data, 'base64')), decipher.final()]).toString('utf8');
}

/** Wraps a data key for storage: `iv.tag.ciphertext`, base64, bound to where it belongs (`context`). */
export function wrapKey(keyEncryptionKey: Buffer, key: Buffer, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyEncryptionKey, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64')).join('.');
}

export function unwrapKey(keyEncryptionKey: Buffer, wrapped: string, context: string): Buffer {
  const [iv, tag, data] = wrapped.split('.').map((part) => Buffer.from(part, 'base64'));
  if (!iv || !tag || !data) throw new Error('malformed wrapped key');
  const decipher = createDecipheriv(ALGORITHM, keyEncryptionKey, iv);
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

export function newDataKeyBytes(): Buffer {
  return randomBytes(32);
}
