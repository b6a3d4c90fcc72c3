import { newId } from '@switchboard/contracts';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { CustomerErased } from '@switchboard/timeline-domain';
import { inJsonList, jsonList } from '../persistence/json-params';
import { newDataKeyBytes, unwrapKey, wrapKey, type DataKey } from './field-cipher';

interface KeyRow {
  readonly tenant_id: string;
  readonly customer_id: string;
  readonly key_id: string;
  readonly wrapped_key: string | null;
}

/**
 * One data key per customer, in its own table. Destroying it is the erasure: every value sealed with
 * it, in any event, anywhere, becomes noise. A destroyed key stays as a tombstone so that a late
 * writer cannot make the customer a fresh key and start keeping readable data again.
 */
export class CustomerKeyStore {
  /**
   * Keys recently used for sealing, so that every message does not cost a key lookup. Safe against
   * erasure by another process: a value sealed with a key destroyed meanwhile is simply unreadable,
   * which is what the erasure asked for. An erasure in this process evicts at once.
   */
  private readonly sealingKeys = new Map<string, { key: DataKey; until: number }>();

  constructor(
    private readonly db: SqlDatabase,
    private readonly keyEncryptionKey: Buffer,
    private readonly cacheTtlMs = 60_000,
    private readonly cacheSize = 10_000,
  ) {}

  /** The customer's key, made on first use; throws {@link CustomerErased} once it was destroyed. */
  async ensureKey(tenantId: string, customerId: string): Promise<DataKey> {
    const cacheKey = `${tenantId}\u0000${customerId}`;
    const cached = this.sealingKeys.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.key;
    const key = await this.loadOrCreate(tenantId, customerId);
    if (this.sealingKeys.size >= this.cacheSize) this.sealingKeys.clear();
    this.sealingKeys.set(cacheKey, { key, until: Date.now() + this.cacheTtlMs });
    return key;
  }

  private async loadOrCreate(tenantId: string, customerId: string): Promise<DataKey> {
    const keyId = newId();
    await this.db.query(
      `insert into customer_keys (tenant_id, customer_id, key_id, wrapped_key) values ($1, $2, $3, $4)
       on conflict (tenant_id, customer_id) do nothing`,
      [tenantId, customerId, keyId, wrapKey(this.keyEncryptionKey, newDataKeyBytes(), wrapContext(tenantId, customerId, keyId))],
    );
    const result = await this.db.query<KeyRow>('select tenant_id, customer_id, key_id, wrapped_key from customer_keys where tenant_id = $1 and customer_id = $2', [tenantId, customerId]);
    const row = result.rows[0];
    if (!row) throw new Error('customer key row vanished');
    const key = this.unwrap(row);
    if (!key) throw new CustomerErased(customerId);
    return key;
  }

  /** The keys that still exist among `keyIds` (destroyed ones are simply absent). */
  async keysById(keyIds: readonly string[]): Promise<Map<string, DataKey>> {
    if (keyIds.length === 0) return new Map();
    const result = await this.db.query<KeyRow>(
      `select tenant_id, customer_id, key_id, wrapped_key from customer_keys where ${inJsonList('key_id', '$1')} and wrapped_key is not null`,
      [jsonList(keyIds)],
    );
    const keys = new Map<string, DataKey>();
    for (const row of result.rows) {
      const key = this.unwrap(row);
      if (key) keys.set(key.keyId, key);
    }
    return keys;
  }

  /** Crypto-shredding: forgets the keys (leaving tombstones, also for customers that never had one). */
  async destroy(tenantId: string, customerIds: readonly string[], at: Date): Promise<void> {
    for (const customerId of customerIds) this.sealingKeys.delete(`${tenantId}\u0000${customerId}`);
    await this.db.query(
      `insert into customer_keys (tenant_id, customer_id, key_id, wrapped_key, destroyed_at)
       select $1, ids.customer_id, 'destroyed:' || $1 || ':' || ids.customer_id, null, $3::timestamptz
       from (select jsonb_array_elements_text($2::jsonb) as customer_id) ids
       on conflict (tenant_id, customer_id) do update set wrapped_key = null, destroyed_at = coalesce(customer_keys.destroyed_at, excluded.destroyed_at)`,
      [tenantId, jsonList(customerIds), at.toISOString()],
    );
  }

  private unwrap(row: KeyRow): DataKey | null {
    if (row.wrapped_key === null) return null;
    return { keyId: row.key_id, key: unwrapKey(this.keyEncryptionKey, row.wrapped_key, wrapContext(row.tenant_id, row.customer_id, row.key_id)) };
  }
}

const wrapContext = (tenantId: string, customerId: string, keyId: string) => `${tenantId}\u0000${customerId}\u0000${keyId}`;
