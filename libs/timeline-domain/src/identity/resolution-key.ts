import type { IdentityKind, LinkedIdentity } from '@switchboard/contracts';

/**
 * What identity resolution looks a sender up by. A WhatsApp number is a phone number: the same
 * person calling and writing on WhatsApp from it is one customer, so both resolve by `phone`.
 * A withheld caller id gives nothing to go by: each such call gets a customer of its own.
 */
export type ResolutionKind = Exclude<IdentityKind, 'whatsapp'> | 'withheld-call';

export function resolutionKind(kind: IdentityKind): Exclude<ResolutionKind, 'withheld-call'> {
  return kind === 'whatsapp' ? 'phone' : kind;
}

/**
 * The text an identity's hash is computed over (the keyed hash itself is infrastructure). The tenant
 * is part of it, so the same number in two tenants never hashes alike.
 */
export function identityHashInput(tenantId: string, kind: ResolutionKind, value: string): string {
  return `${tenantId}\u0000${kind}\u0000${value}`;
}

/** The resolution value for a call whose caller id was withheld: the call itself. */
export function withheldCallValue(channelId: string | null, providerCallId: string): string {
  return `${channelId ?? '-'}:${providerCallId}`;
}

/**
 * Whether, after removing `removed`, the customer still holds an identity that resolves by the same
 * key (unlinking `whatsapp:+1…` while `phone:+1…` stays keeps the number theirs).
 */
export function stillResolvesBy(remaining: readonly Pick<LinkedIdentity<unknown>, 'kind' | 'valueHash'>[], removed: Pick<LinkedIdentity<unknown>, 'kind' | 'valueHash'>): boolean {
  return remaining.some(
    (identity) => identity.valueHash === removed.valueHash && resolutionKind(identity.kind) === resolutionKind(removed.kind) && identity.kind !== removed.kind,
  );
}
