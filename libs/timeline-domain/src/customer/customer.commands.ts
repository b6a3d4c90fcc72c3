import type { ConsentPurpose, CustomerMergedPayload, LinkedIdentity, ProfileChanges } from '@switchboard/contracts';
import type { Command } from '../decider';
import type { Personal } from '../personal';

/** A channel event came from this identity: create the customer if new, link the identity if not yet. */
export type RegisterContact = Command<
  'RegisterContact',
  { readonly customerId: string; readonly identity: LinkedIdentity<string> | null; readonly displayName: string | null }
>;
export type LinkIdentity = Command<'LinkIdentity', { readonly identity: LinkedIdentity<string> }>;
export type UnlinkIdentity = Command<'UnlinkIdentity', Pick<LinkedIdentity<string>, 'kind' | 'valueHash'>>;
export type UpdateProfile = Command<'UpdateProfile', { readonly changes: ProfileChanges<string> }>;
/** Sent to the duplicate: it becomes a redirect to `targetCustomerId`. */
export type MergeInto = Command<'MergeInto', { readonly targetCustomerId: string; readonly mergedBy: string }>;
/** Sent to the customer who stays, with what the duplicate recorded when it was merged. */
export type AbsorbMerged = Command<'AbsorbMerged', { readonly merge: CustomerMergedPayload<Personal> }>;
export type GiveConsent = Command<'GiveConsent', { readonly purpose: ConsentPurpose; readonly recordedBy: string }>;
export type WithdrawConsent = Command<'WithdrawConsent', { readonly purpose: ConsentPurpose; readonly recordedBy: string }>;
export type EraseCustomer = Command<'EraseCustomer', { readonly erasedBy: string }>;

export type CustomerCommand =
  | RegisterContact
  | LinkIdentity
  | UnlinkIdentity
  | UpdateProfile
  | MergeInto
  | AbsorbMerged
  | GiveConsent
  | WithdrawConsent
  | EraseCustomer;
