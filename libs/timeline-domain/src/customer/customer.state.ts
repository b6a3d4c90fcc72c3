import type { ConsentRecord, LinkedIdentity } from '@switchboard/contracts';
import type { Personal } from '../personal';

export interface CustomerProfile {
  readonly displayName: Personal | null;
  readonly company: Personal | null;
  readonly language: string | null;
  readonly attributes: Readonly<Record<string, Personal>>;
}

/** What is known of a customer who exists (active, or merged away). */
export interface KnownCustomer {
  readonly id: string;
  readonly profile: CustomerProfile;
  readonly identities: readonly LinkedIdentity<Personal>[];
  readonly consent: ConsentRecord;
  /** Customers merged into this one (directly or through one merged before): they redirect here. */
  readonly absorbedCustomerIds: readonly string[];
}

export type CustomerState =
  | { readonly status: 'unknown' }
  | (KnownCustomer & { readonly status: 'active' })
  | (KnownCustomer & { readonly status: 'merged'; readonly mergedInto: string })
  | { readonly status: 'erased'; readonly id: string; readonly erasedCustomerIds: readonly string[] };

export const EMPTY_PROFILE: CustomerProfile = { displayName: null, company: null, language: null, attributes: {} };

export function initialCustomerState(): CustomerState {
  return { status: 'unknown' };
}

export const sameIdentity = (a: Pick<LinkedIdentity<unknown>, 'kind' | 'valueHash'>, b: Pick<LinkedIdentity<unknown>, 'kind' | 'valueHash'>) =>
  a.kind === b.kind && a.valueHash === b.valueHash;
