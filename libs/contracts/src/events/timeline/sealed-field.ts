/**
 * A personal value as it is stored in the event store and travels on the bus: encrypted with the
 * customer's own key (AES-256-GCM), so that destroying that key erases the value everywhere at
 * once (crypto-shredding). `keyId` names the key; `iv`, `tag` and `data` are base64.
 */
export interface SealedField {
  readonly enc: 'aes-256-gcm';
  readonly keyId: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

export function isSealedField(value: unknown): value is SealedField {
  if (typeof value !== 'object' || value === null) return false;
  const field = value as Record<string, unknown>;
  return (
    field['enc'] === 'aes-256-gcm' &&
    typeof field['keyId'] === 'string' &&
    typeof field['iv'] === 'string' &&
    typeof field['tag'] === 'string' &&
    typeof field['data'] === 'string'
  );
}
