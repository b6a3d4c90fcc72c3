import { identityOf } from '@switchboard/channels-core';
import type { ConsentPurpose, IdentityKind, ProfileChanges } from '@switchboard/contracts';
import {
  CustomerErased,
  CustomerMerged,
  CannotMergeIntoItself,
  resolutionKind,
  stillResolvesBy,
  type CustomerState,
} from '@switchboard/timeline-domain';
import type { CommandContext } from '../aggregates/command-context';
import type { CustomerAggregate } from '../aggregates/customer-aggregate';
import type { CustomerIdentitiesRepository } from '../identity-resolution/customer-identities.repository';
import type { IdentityResolver } from '../identity-resolution/identity-resolver';
import type { CustomerKeyStore } from '../personal-data/customer-key-store';
import type { ConversationThreadsRepository } from '../threading/conversation-threads.repository';
import { IdentityTaken, InvalidIdentity } from '../timeline.errors';

export interface IdentityInput {
  readonly kind: IdentityKind;
  readonly value: string;
}

export interface CustomerChanges {
  readonly profile?: ProfileChanges<string>;
  readonly link?: readonly IdentityInput[];
  readonly unlink?: readonly IdentityInput[];
}

export interface Actor {
  readonly tenantId: string;
  /** The user acting, recorded as `user:<id>`. */
  readonly userId: string;
  readonly at: Date;
}

/**
 * What agents, supervisors and admins do to customers. Each use case is a short script over the
 * customer aggregate and the write-side tables; the rules themselves are the domain's.
 */
export class CustomerCommands {
  constructor(
    private readonly customers: CustomerAggregate,
    private readonly identities: CustomerIdentitiesRepository,
    private readonly threads: ConversationThreadsRepository,
    private readonly keys: CustomerKeyStore,
    private readonly resolver: IdentityResolver,
  ) {}

  /** Profile changes, then identities linked and unlinked. Answers the customer's state afterwards. */
  async change(actor: Actor, customerId: string, changes: CustomerChanges): Promise<{ id: string; state: CustomerState }> {
    const context = contextOf(actor);
    const { id } = await this.customers.resolveRoot(actor.tenantId, customerId);
    if (changes.profile) await this.customers.execute(context, id, { type: 'UpdateProfile', data: { changes: changes.profile } });
    for (const input of changes.link ?? []) await this.link(context, id, input);
    for (const input of changes.unlink ?? []) await this.unlink(context, id, input);
    return { id, state: await this.customers.load(actor.tenantId, id) };
  }

  /** Gives or withdraws consent per purpose; answers the state afterwards. */
  async setConsent(actor: Actor, customerId: string, consent: Partial<Record<ConsentPurpose, 'given' | 'withdrawn'>>): Promise<{ id: string; state: CustomerState }> {
    const context = contextOf(actor);
    const { id } = await this.customers.resolveRoot(actor.tenantId, customerId);
    for (const [purpose, status] of Object.entries(consent) as [ConsentPurpose, 'given' | 'withdrawn' | undefined][]) {
      // A purpose not mentioned is left as it is (a transformed DTO carries it as undefined).
      if (status === undefined) continue;
      const type = status === 'given' ? 'GiveConsent' : 'WithdrawConsent';
      await this.customers.execute(context, id, { type, data: { purpose, recordedBy: `user:${actor.userId}` } });
    }
    return { id, state: await this.customers.load(actor.tenantId, id) };
  }

  /**
   * Merges the duplicate `sourceId` into `targetId`. In three idempotent steps, so that running it
   * again after a crash completes it: the duplicate records the merge (and becomes a redirect), its
   * identities and threads move to the target, the target absorbs what the duplicate recorded.
   */
  async merge(actor: Actor, targetId: string, sourceId: string): Promise<{ id: string; state: CustomerState }> {
    const context = contextOf(actor);
    const target = await this.customers.resolveRoot(actor.tenantId, targetId);
    if (target.state.status === 'erased') throw new CustomerErased(target.id);
    const source = await this.customers.resolveRoot(actor.tenantId, sourceId);
    // Already merged (a retry, or the same pair twice): resolveRoot led to the target itself.
    if (source.id === target.id && sourceId !== targetId) return { id: target.id, state: await this.completeMerge(context, sourceId, target.id) };
    if (source.id === target.id) throw new CannotMergeIntoItself();
    await this.customers.execute(context, source.id, { type: 'MergeInto', data: { targetCustomerId: target.id, mergedBy: `user:${actor.userId}` } });
    return { id: target.id, state: await this.completeMerge(context, source.id, target.id) };
  }

  /**
   * Erases the customer (and every customer merged into them): records the erasure, destroys their
   * keys, forgets their identities and threads. The events stay, unreadable where personal.
   */
  async erase(actor: Actor, customerId: string): Promise<{ id: string; erasedCustomerIds: readonly string[] }> {
    const context = contextOf(actor);
    const { id } = await this.customers.resolveRoot(actor.tenantId, customerId);
    const { state } = await this.customers.execute(context, id, { type: 'EraseCustomer', data: { erasedBy: `user:${actor.userId}` } });
    if (state.status !== 'erased') throw new Error('erasure did not take');
    // After the event, so that a retry after a failure here still finds what to destroy.
    await this.keys.destroy(actor.tenantId, state.erasedCustomerIds, actor.at);
    await this.identities.deleteForCustomers(actor.tenantId, state.erasedCustomerIds);
    await this.threads.deleteForCustomers(actor.tenantId, state.erasedCustomerIds);
    return { id, erasedCustomerIds: state.erasedCustomerIds };
  }

  private async completeMerge(context: CommandContext, sourceId: string, targetId: string): Promise<CustomerState> {
    const history = await this.customers.history(context.tenantId, sourceId);
    const merged = history.map(({ event }) => event).find((event) => event.type === 'customer.merged.v1' && event.data.sourceCustomerId === sourceId);
    if (merged?.type !== 'customer.merged.v1') throw new CustomerMerged(sourceId, targetId);
    // Merged into another customer that was merged into the target later: that merge completed its own way.
    if (merged.data.targetCustomerId !== targetId) return this.customers.load(context.tenantId, targetId);
    await this.identities.reassign(context.tenantId, sourceId, targetId);
    await this.threads.reassign(context.tenantId, sourceId, targetId);
    const { state } = await this.customers.execute(context, targetId, { type: 'AbsorbMerged', data: { merge: merged.data } });
    return state;
  }

  private async link(context: CommandContext, customerId: string, input: IdentityInput): Promise<void> {
    const identity = normalised(input);
    const { key, linked } = this.resolver.identityKey(context.tenantId, identity);
    const holder = await this.identities.claim(context.tenantId, key, customerId);
    if (holder !== customerId) throw new IdentityTaken(holder);
    await this.customers.execute(context, customerId, { type: 'LinkIdentity', data: { identity: linked } });
    await this.identities.markLinked(context.tenantId, key, customerId, linked.kind);
  }

  private async unlink(context: CommandContext, customerId: string, input: IdentityInput): Promise<void> {
    const identity = normalised(input);
    const { key, linked } = this.resolver.identityKey(context.tenantId, identity);
    const { state } = await this.customers.execute(context, customerId, { type: 'UnlinkIdentity', data: { kind: linked.kind, valueHash: linked.valueHash } });
    // `whatsapp:+1…` and `phone:+1…` resolve by one key: it stays theirs while either is linked.
    const remaining = state.status === 'active' ? state.identities : [];
    if (stillResolvesBy(remaining, linked)) await this.identities.markUnlinked(context.tenantId, key, customerId, linked.kind);
    else await this.identities.release(context.tenantId, { kind: resolutionKind(identity.kind), valueHash: key.valueHash }, customerId);
  }
}

function normalised(input: IdentityInput): IdentityInput {
  const identity = identityOf(input.kind, input.value);
  if (!identity) throw new InvalidIdentity(input.kind);
  return identity;
}

function contextOf(actor: Actor): CommandContext {
  return { tenantId: actor.tenantId, at: actor.at };
}
