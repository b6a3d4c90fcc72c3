import type { SqlExecutor } from '@switchboard/infra-sql';
import type { ResolutionKind } from '@switchboard/timeline-domain';
import { inJsonList, jsonList } from '../persistence/json-params';

export interface IdentityKey {
  readonly kind: ResolutionKind;
  readonly valueHash: string;
}

/**
 * `customer_identities`: which customer an identity resolves to. The primary key is what makes
 * identity resolution safe under concurrency: of two first messages from a new number, one claim
 * inserts and the other finds the winner.
 */
export class CustomerIdentitiesRepository {
  constructor(private readonly db: SqlExecutor) {}

  async find(tenantId: string, key: IdentityKey): Promise<string | null> {
    return (await this.lookUp(tenantId, key))?.customerId ?? null;
  }

  /** Who holds the identity, and which exact kinds of it their events already link. */
  async lookUp(tenantId: string, key: IdentityKey): Promise<{ customerId: string; linkedKinds: readonly string[] } | null> {
    const result = await this.db.query<{ customer_id: string; linked_kinds: string[] }>(
      'select customer_id, linked_kinds from customer_identities where tenant_id = $1 and kind = $2 and value_hash = $3',
      [tenantId, key.kind, key.valueHash],
    );
    const row = result.rows[0];
    return row ? { customerId: row.customer_id, linkedKinds: row.linked_kinds } : null;
  }

  /** Notes that the holder's events now link `kind` under this key. */
  async markLinked(tenantId: string, key: IdentityKey, customerId: string, kind: string): Promise<void> {
    await this.db.query(
      `update customer_identities set linked_kinds = linked_kinds || to_jsonb($5::text)
       where tenant_id = $1 and kind = $2 and value_hash = $3 and customer_id = $4 and not linked_kinds ? $5`,
      [tenantId, key.kind, key.valueHash, customerId, kind],
    );
  }

  /** Notes that `kind` was unlinked, while another kind under the key keeps it the customer's. */
  async markUnlinked(tenantId: string, key: IdentityKey, customerId: string, kind: string): Promise<void> {
    await this.db.query(
      'update customer_identities set linked_kinds = linked_kinds - $5::text where tenant_id = $1 and kind = $2 and value_hash = $3 and customer_id = $4',
      [tenantId, key.kind, key.valueHash, customerId, kind],
    );
  }

  /** Claims the identity for `customerId` unless someone holds it already; answers who holds it now. */
  async claim(tenantId: string, key: IdentityKey, customerId: string): Promise<string> {
    const inserted = await this.db.query<{ customer_id: string }>(
      `insert into customer_identities (tenant_id, kind, value_hash, customer_id) values ($1, $2, $3, $4)
       on conflict (tenant_id, kind, value_hash) do nothing returning customer_id`,
      [tenantId, key.kind, key.valueHash, customerId],
    );
    if (inserted.rows[0]) return inserted.rows[0].customer_id;
    const holder = await this.find(tenantId, key);
    // Released between our insert and our read: claim again.
    return holder ?? this.claim(tenantId, key, customerId);
  }

  /** Lets go of the identity, only if `customerId` still holds it. */
  async release(tenantId: string, key: IdentityKey, customerId: string): Promise<void> {
    await this.db.query('delete from customer_identities where tenant_id = $1 and kind = $2 and value_hash = $3 and customer_id = $4', [
      tenantId,
      key.kind,
      key.valueHash,
      customerId,
    ]);
  }

  /** After a merge: everything the duplicate was reached by now reaches the customer who stays. */
  async reassign(tenantId: string, fromCustomerId: string, toCustomerId: string): Promise<void> {
    await this.db.query('update customer_identities set customer_id = $3 where tenant_id = $1 and customer_id = $2', [tenantId, fromCustomerId, toCustomerId]);
  }

  /** Erasure: the identities are forgotten, so the same number writing again is a new customer. */
  async deleteForCustomers(tenantId: string, customerIds: readonly string[]): Promise<void> {
    await this.db.query(`delete from customer_identities where tenant_id = $1 and ${inJsonList('customer_id', '$2')}`, [tenantId, jsonList(customerIds)]);
  }
}
