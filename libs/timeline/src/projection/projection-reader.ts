import type { SqlExecutor } from '@switchboard/infra-sql';
import {
  conversationFromDb,
  customerFromDb,
  entryFromDb,
  type ConversationDbRow,
  type ConversationRow,
  type CustomerDbRow,
  type CustomerRow,
  type EntryDbRow,
  type EntryRow,
  type IdentityDbRow,
} from './projection-rows';
import { inTenantKeys, keyOf, tenantKeysParam, type TenantKey } from './tenant-key';

/** Loads the rows a page of events touches, in a few set-wise queries rather than one per event. */
export class ProjectionReader {
  constructor(private readonly db: SqlExecutor) {}

  async customers(keys: readonly TenantKey[]): Promise<CustomerRow[]> {
    if (keys.length === 0) return [];
    const param = tenantKeysParam(keys);
    const [rows, identities] = await Promise.all([
      this.db.query<CustomerDbRow>(`select * from timeline_customers where ${inTenantKeys('id', '$1')}`, [param]),
      this.db.query<IdentityDbRow>(`select * from timeline_customer_identities where ${inTenantKeys('customer_id', '$1')} order by kind, value_hash`, [param]),
    ]);
    const byCustomer = new Map<string, IdentityDbRow[]>();
    for (const identity of identities.rows) {
      const key = keyOf(identity.tenant_id, identity.customer_id);
      byCustomer.set(key, [...(byCustomer.get(key) ?? []), identity]);
    }
    return rows.rows.map((row) => customerFromDb(row, byCustomer.get(keyOf(row.tenant_id, row.id)) ?? []));
  }

  async conversations(keys: readonly TenantKey[]): Promise<ConversationRow[]> {
    if (keys.length === 0) return [];
    const result = await this.db.query<ConversationDbRow>(`select * from timeline_conversations where ${inTenantKeys('id', '$1')}`, [tenantKeysParam(keys)]);
    return result.rows.map(conversationFromDb);
  }

  async entries(keys: readonly TenantKey[]): Promise<EntryRow[]> {
    if (keys.length === 0) return [];
    const result = await this.db.query<EntryDbRow>(`select * from timeline_entries where ${inTenantKeys('id', '$1')}`, [tenantKeysParam(keys)]);
    return result.rows.map(entryFromDb);
  }
}
