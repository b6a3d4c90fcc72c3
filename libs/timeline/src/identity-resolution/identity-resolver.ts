import { newId, type LinkedIdentity } from '@switchboard/contracts';
import { CustomerErased, CustomerMerged, resolutionKind, type SenderResolution } from '@switchboard/timeline-domain';
import type { CommandContext } from '../aggregates/command-context';
import type { CustomerAggregate } from '../aggregates/customer-aggregate';
import type { IdentityHasher } from '../personal-data/identity-hasher';
import type { CustomerIdentitiesRepository, IdentityKey } from './customer-identities.repository';

const MAX_ATTEMPTS = 5;

export type ResolvableSender = Exclude<SenderResolution, { kind: 'thread-only' }>;

/**
 * Resolves a sender to one customer of the tenant: a known identity finds its customer, a new one
 * creates a customer. The claim in `customer_identities` decides races; the customer's stream is
 * then made to agree (created, identity linked) by a command that is idempotent, so a crash
 * between the two is repaired by the redelivery. A claim found pointing at a customer merged or
 * erased since is moved on or released, and resolution looks again.
 */
export class IdentityResolver {
  constructor(
    private readonly identities: CustomerIdentitiesRepository,
    private readonly customers: CustomerAggregate,
    private readonly hasher: IdentityHasher,
  ) {}

  async resolve(context: CommandContext, sender: ResolvableSender): Promise<string> {
    const { tenantId } = context;
    const { key, identity, displayName } = this.describe(tenantId, sender);
    const kind = identity?.kind ?? key.kind;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const held = await this.identities.lookUp(tenantId, key);
      // The common case, a known sender: their events already say so, nothing to record.
      if (held?.linkedKinds.includes(kind)) return held.customerId;
      const customerId = held?.customerId ?? (await this.identities.claim(tenantId, key, newId()));
      try {
        await this.customers.execute(context, customerId, { type: 'RegisterContact', data: { customerId, identity, displayName } });
        await this.identities.markLinked(tenantId, key, customerId, kind);
        return customerId;
      } catch (error) {
        if (error instanceof CustomerMerged) await this.identities.reassign(tenantId, customerId, error.mergedInto);
        else if (error instanceof CustomerErased) await this.identities.release(tenantId, key, customerId);
        else throw error;
      }
    }
    throw new Error('identity resolution did not settle');
  }

  /** The hash-keyed form of an identity, as the identities table and the customer's events keep it. */
  identityKey(tenantId: string, identity: { kind: LinkedIdentity['kind']; value: string }): { key: IdentityKey; linked: LinkedIdentity<string> } {
    const kind = resolutionKind(identity.kind);
    const valueHash = this.hasher.identity(tenantId, kind, identity.value);
    return { key: { kind, valueHash }, linked: { kind: identity.kind, valueHash, value: identity.value } };
  }

  private describe(tenantId: string, sender: ResolvableSender) {
    if (sender.kind === 'withheld') {
      return { key: { kind: 'withheld-call' as const, valueHash: this.hasher.identity(tenantId, 'withheld-call', sender.value) }, identity: null, displayName: null };
    }
    const { key, linked } = this.identityKey(tenantId, sender.identity);
    return { key, identity: linked, displayName: sender.displayName };
  }
}
