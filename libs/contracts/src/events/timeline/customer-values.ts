import type { IdentityKind } from '../channels/sender-identity';
import type { SealedField } from './sealed-field';

/** What a customer may consent to, each given or withdrawn on its own. */
export const ConsentPurposes = ['contact', 'marketing', 'recording'] as const;
export type ConsentPurpose = (typeof ConsentPurposes)[number];

export type ConsentStatus = 'given' | 'withdrawn';

/** Consent per purpose; a purpose never asked about is absent. */
export type ConsentRecord = Readonly<Partial<Record<ConsentPurpose, ConsentStatus>>>;

/**
 * One way to reach the customer. `valueHash` is an HMAC of the tenant, the identity's resolution
 * kind and the normalised value under a server-side key: comparable and searchable without the
 * value, and meaningless without that key. `value` is personal (`P` is sealed in stored events).
 */
export interface LinkedIdentity<P = SealedField> {
  readonly kind: IdentityKind;
  readonly valueHash: string;
  readonly value: P;
}

/**
 * A change to the profile. An absent field is unchanged; `null` clears it. `attributes` changes
 * only the keys it names (a `null` value removes that key).
 */
export interface ProfileChanges<P = SealedField> {
  readonly displayName?: P | null;
  readonly company?: P | null;
  readonly language?: string | null;
  readonly attributes?: Readonly<Record<string, P | null>>;
}

/** The profile fields a merge carries from the duplicate to the customer who stays. */
export interface ProfileSnapshot<P = SealedField> {
  readonly displayName: P | null;
  readonly company: P | null;
  readonly language: string | null;
  readonly attributes: Readonly<Record<string, P>>;
}
