import type { ConsentPurpose, ConsentRecord, LinkedIdentity, ProfileChanges, ProfileSnapshot } from './customer-values';
import type { SealedField } from './sealed-field';
import type { IdentityKind } from '../channels/sender-identity';

/** How a customer came to be known. */
export type CustomerOrigin = 'channel' | 'agent';

/** `customer.created.v1` */
export interface CustomerCreatedPayload<P = SealedField> {
  readonly customerId: string;
  readonly origin: CustomerOrigin;
  /** The name a provider reported (e.g. a WhatsApp profile name), when there was one. */
  readonly displayName: P | null;
}

/** `customer.identity-linked.v1` */
export interface CustomerIdentityLinkedPayload<P = SealedField> {
  readonly customerId: string;
  readonly identity: LinkedIdentity<P>;
}

/** `customer.identity-unlinked.v1`: the value is not repeated, the hash says which one. */
export interface CustomerIdentityUnlinkedPayload {
  readonly customerId: string;
  readonly kind: IdentityKind;
  readonly valueHash: string;
}

/** `customer.profile-updated.v1` */
export interface CustomerProfileUpdatedPayload<P = SealedField> {
  readonly customerId: string;
  readonly changes: ProfileChanges<P>;
}

/**
 * `customer.merged.v1`: the duplicate `sourceCustomerId` was merged into `targetCustomerId`.
 * Recorded in both streams: the source then redirects to the target; the target takes the
 * source's identities, fills its blank profile fields from the source's, keeps the stricter
 * consent per purpose, and holds the source's timeline from then on.
 */
export interface CustomerMergedPayload<P = SealedField> {
  readonly sourceCustomerId: string;
  readonly targetCustomerId: string;
  /** The source itself and every customer merged into it before: all of them now redirect to the target. */
  readonly absorbedCustomerIds: readonly string[];
  readonly identities: readonly LinkedIdentity<P>[];
  readonly profile: ProfileSnapshot<P>;
  readonly consent: ConsentRecord;
  /** The user who merged. */
  readonly mergedBy: string;
}

/** `customer.consent-given.v1` and `customer.consent-withdrawn.v1` */
export interface CustomerConsentChangedPayload {
  readonly customerId: string;
  readonly purpose: ConsentPurpose;
  /** Who recorded it: `user:<id>` or `channel:<channelId>`. */
  readonly recordedBy: string;
}

/**
 * `customer.erased.v1`: the right to be forgotten. The keys of every customer listed were destroyed,
 * so every personal field sealed with them (in this stream and in their conversations) is unreadable.
 */
export interface CustomerErasedPayload {
  readonly customerId: string;
  readonly erasedCustomerIds: readonly string[];
  readonly erasedBy: string;
}
