import type { ConversationEvent, CustomerEvent } from '@switchboard/contracts';
import {
  EMPTY_PROFILE,
  applyCallUpdate,
  evolveConversationView,
  evolveCustomer,
  initialCustomerState,
  redactEntry,
  timelineChangesFor,
  type Personal,
} from '@switchboard/timeline-domain';
import type { OpenedEvent } from './opened-event';
import type { ProjectionReader } from './projection-reader';
import type { ConversationRow, CustomerRow, EntryRow, RoutingRow } from './projection-rows';
import type { BulkChange, PageChanges } from './projection-writer';
import { keyOf, type TenantKey } from './tenant-key';

const MAX_REDIRECTS = 16;

/**
 * One page of events applied in memory: the rows it touches are loaded set-wise first, the events
 * folded into them with the domain's own functions, and the result written set-wise. Changes that
 * reach rows never loaded (a merge moving a customer's whole history, an erasure redacting it) are
 * applied to the rows in memory and recorded as bulk changes replayed in SQL, in order, after the
 * upserts. The outcome does not depend on where page boundaries fall, which is what makes a
 * rebuild produce exactly the tables the live projection built.
 */
export class ProjectionPage {
  private readonly customers = new Map<string, CustomerRow | null>();
  private readonly conversations = new Map<string, ConversationRow | null>();
  private readonly entries = new Map<string, EntryRow | null>();
  private readonly routing: RoutingRow[] = [];
  private readonly bulk: BulkChange[] = [];
  private readonly dirtyCustomers = new Set<string>();
  private readonly dirtyConversations = new Set<string>();
  private readonly dirtyEntries = new Set<string>();

  constructor(private readonly reader: ProjectionReader) {}

  /** Loads in a few queries what the page's events will touch. */
  async preload(events: readonly OpenedEvent[]): Promise<void> {
    const conversationKeys = uniqueKeys(events.filter((e) => e.event.type.startsWith('conversation.')).map((e) => ({ tenantId: e.tenantId, id: e.streamOwnerId })));
    await this.loadConversations(conversationKeys);
    const customerKeys: TenantKey[] = [];
    const callEntryKeys: TenantKey[] = [];
    for (const opened of events) {
      const { event, tenantId } = opened;
      if (event.type.startsWith('customer.')) customerKeys.push({ tenantId, id: opened.streamOwnerId });
      if (event.type === 'conversation.opened.v1') customerKeys.push({ tenantId, id: event.data.customerId });
      if (event.type === 'customer.merged.v1') customerKeys.push({ tenantId, id: event.data.targetCustomerId });
      if (event.type === 'conversation.call-answered.v1' || event.type === 'conversation.call-ended.v1' || event.type === 'conversation.call-recorded.v1') {
        callEntryKeys.push({ tenantId, id: `${event.data.conversationId}:call` });
      }
    }
    for (const row of this.conversations.values()) if (row) customerKeys.push({ tenantId: row.tenantId, id: row.customerId });
    await Promise.all([this.loadCustomers(uniqueKeys(customerKeys)), this.loadEntries(uniqueKeys(callEntryKeys))]);
  }

  async apply(opened: OpenedEvent): Promise<void> {
    const { event } = opened;
    if (event.type.startsWith('customer.')) await this.applyCustomerEvent(opened, event as CustomerEvent<Personal>);
    else await this.applyConversationEvent(opened, event as ConversationEvent<Personal>);
  }

  changes(): PageChanges {
    const pick = <T>(map: Map<string, T | null>, keys: Set<string>): T[] => [...keys].map((key) => map.get(key)).filter((row): row is T => row !== null && row !== undefined);
    const customers = pick(this.customers, this.dirtyCustomers);
    return {
      customers,
      identityOwners: customers,
      conversations: pick(this.conversations, this.dirtyConversations),
      entries: pick(this.entries, this.dirtyEntries),
      routing: this.routing,
      bulk: this.bulk,
    };
  }

  private async applyCustomerEvent(opened: OpenedEvent, event: CustomerEvent<Personal>): Promise<void> {
    const { tenantId, streamOwnerId: id, occurredAt } = opened;
    const key = keyOf(tenantId, id);
    const row = await this.customer(tenantId, id);
    const state = evolveCustomer(row?.state ?? initialCustomerState(), event);
    if (state.status === 'unknown') return;
    this.setCustomer(key, { tenantId, id, state, createdAt: row?.createdAt ?? occurredAt, updatedAt: occurredAt });

    if (event.type === 'customer.merged.v1' && event.data.sourceCustomerId === id) this.moveHistory(tenantId, id, event.data.targetCustomerId);
    if (event.type === 'customer.erased.v1' && row?.state.status === 'active') this.erase(tenantId, event.data.erasedCustomerIds);
  }

  /** Merge: the duplicate's conversations and entries belong to the target from now on. */
  private moveHistory(tenantId: string, sourceId: string, targetId: string): void {
    this.bulk.push({ kind: 'merge', tenantId, sourceId, targetId });
    for (const [key, row] of this.conversations) {
      if (row && row.tenantId === tenantId && row.customerId === sourceId) this.setConversation(key, { ...row, customerId: targetId });
    }
    for (const [key, row] of this.entries) {
      if (row && row.tenantId === tenantId && row.customerId === sourceId) this.setEntry(key, { ...row, customerId: targetId });
    }
    for (const [key, row] of this.customers) {
      if (row && row.tenantId === tenantId && row.state.status === 'merged' && row.state.mergedInto === sourceId) {
        this.setCustomer(key, { ...row, state: { ...row.state, mergedInto: targetId } });
      }
    }
  }

  /** Erasure: what the read model holds of these customers is reduced to who, when and how. */
  private erase(tenantId: string, customerIds: readonly string[]): void {
    this.bulk.push({ kind: 'erase', tenantId, customerIds });
    const erased = new Set(customerIds);
    for (const [key, row] of this.entries) {
      if (row && row.tenantId === tenantId && erased.has(row.customerId)) this.setEntry(key, { ...row, ...redactEntry(row) });
    }
    for (const [key, row] of this.conversations) {
      if (row && row.tenantId === tenantId && erased.has(row.customerId)) this.setConversation(key, { ...row, subject: null });
    }
    for (const [key, row] of this.customers) {
      if (row && row.tenantId === tenantId && erased.has(row.id) && row.state.status === 'merged') {
        this.setCustomer(key, { ...row, state: { ...row.state, profile: EMPTY_PROFILE } });
      }
    }
  }

  private async applyConversationEvent(opened: OpenedEvent, event: ConversationEvent<Personal>): Promise<void> {
    const { tenantId, streamOwnerId: id, occurredAt, eventId } = opened;
    const key = keyOf(tenantId, id);
    const row = await this.conversation(tenantId, id);
    const view = evolveConversationView(row, event, occurredAt);
    if (view === null) return;
    const customerId = row?.customerId ?? (await this.rootOf(tenantId, view.customerId));
    const current: ConversationRow = { ...view, tenantId, customerId, originCustomerId: row?.originCustomerId ?? view.customerId };
    this.setConversation(key, current);

    const owner = await this.customer(tenantId, customerId);
    const erased = owner?.state.status === 'erased';
    for (const change of timelineChangesFor(event, { eventId, occurredAt, channel: current.channel })) {
      if (change.kind === 'entry-added') {
        const entry: EntryRow = { ...change.entry, tenantId, customerId };
        this.setEntry(keyOf(tenantId, entry.id), erased ? { ...entry, ...redactEntry(entry) } : entry);
      } else if (change.kind === 'call-updated') {
        const entry = await this.entry(tenantId, change.entryId);
        if (entry?.call) this.setEntry(keyOf(tenantId, entry.id), { ...entry, call: applyCallUpdate(entry.call, change.update) });
      } else {
        this.routing.push({ ...change.step, tenantId });
      }
    }
  }

  /** The customer an id stands for now, following merges. */
  private async rootOf(tenantId: string, customerId: string): Promise<string> {
    let id = customerId;
    for (let hops = 0; hops < MAX_REDIRECTS; hops++) {
      const row = await this.customer(tenantId, id);
      if (row?.state.status !== 'merged') return id;
      id = row.state.mergedInto;
    }
    return id;
  }

  private async customer(tenantId: string, id: string): Promise<CustomerRow | null> {
    const key = keyOf(tenantId, id);
    if (!this.customers.has(key)) await this.loadCustomers([{ tenantId, id }]);
    return this.customers.get(key) ?? null;
  }

  private async conversation(tenantId: string, id: string): Promise<ConversationRow | null> {
    const key = keyOf(tenantId, id);
    if (!this.conversations.has(key)) await this.loadConversations([{ tenantId, id }]);
    return this.conversations.get(key) ?? null;
  }

  private async entry(tenantId: string, id: string): Promise<EntryRow | null> {
    const key = keyOf(tenantId, id);
    if (!this.entries.has(key)) await this.loadEntries([{ tenantId, id }]);
    return this.entries.get(key) ?? null;
  }

  private async loadCustomers(keys: readonly TenantKey[]): Promise<void> {
    const missing = keys.filter((key) => !this.customers.has(keyOf(key.tenantId, key.id)));
    for (const key of missing) this.customers.set(keyOf(key.tenantId, key.id), null);
    for (const row of await this.reader.customers(missing)) this.customers.set(keyOf(row.tenantId, row.id), row);
  }

  private async loadConversations(keys: readonly TenantKey[]): Promise<void> {
    const missing = keys.filter((key) => !this.conversations.has(keyOf(key.tenantId, key.id)));
    for (const key of missing) this.conversations.set(keyOf(key.tenantId, key.id), null);
    for (const row of await this.reader.conversations(missing)) this.conversations.set(keyOf(row.tenantId, row.id), row);
  }

  private async loadEntries(keys: readonly TenantKey[]): Promise<void> {
    const missing = keys.filter((key) => !this.entries.has(keyOf(key.tenantId, key.id)));
    for (const key of missing) this.entries.set(keyOf(key.tenantId, key.id), null);
    for (const row of await this.reader.entries(missing)) this.entries.set(keyOf(row.tenantId, row.id), row);
  }

  private setCustomer(key: string, row: CustomerRow): void {
    this.customers.set(key, row);
    this.dirtyCustomers.add(key);
  }

  private setConversation(key: string, row: ConversationRow): void {
    this.conversations.set(key, row);
    this.dirtyConversations.add(key);
  }

  private setEntry(key: string, row: EntryRow): void {
    this.entries.set(key, row);
    this.dirtyEntries.add(key);
  }
}

function uniqueKeys(keys: readonly TenantKey[]): TenantKey[] {
  const seen = new Map<string, TenantKey>();
  for (const key of keys) seen.set(keyOf(key.tenantId, key.id), key);
  return [...seen.values()];
}
