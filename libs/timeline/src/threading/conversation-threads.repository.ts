import type { SqlExecutor } from '@switchboard/infra-sql';
import type { ThreadRecord } from '@switchboard/timeline-domain';
import { inJsonList, jsonList } from '../persistence/json-params';

interface ThreadRow {
  readonly key_hash: string;
  readonly conversation_id: string;
  readonly customer_id: string;
  readonly last_activity_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** `conversation_threads`: which conversation a (hashed) thread key continues, and when it was last active. */
export class ConversationThreadsRepository {
  constructor(private readonly db: SqlExecutor) {}

  async find(tenantId: string, keyHashes: readonly string[]): Promise<Map<string, ThreadRecord>> {
    if (keyHashes.length === 0) return new Map();
    const result = await this.db.query<ThreadRow>(
      `select key_hash, conversation_id, customer_id, last_activity_at from conversation_threads where tenant_id = $1 and ${inJsonList('key_hash', '$2')}`,
      [tenantId, jsonList(keyHashes)],
    );
    return new Map(result.rows.map((row) => [row.key_hash, { conversationId: row.conversation_id, customerId: row.customer_id, lastActivityAt: iso(row.last_activity_at) }]));
  }

  /**
   * Points the key at a new conversation, only if it still points where the caller saw it point
   * (`expected`; null: nowhere). Answers the conversation the key points at afterwards: ours, or
   * the one a racing writer claimed first.
   */
  async claim(tenantId: string, keyHash: string, expected: string | null, claim: { conversationId: string; customerId: string; at: Date }): Promise<string> {
    const params = [tenantId, keyHash, claim.conversationId, claim.customerId, claim.at.toISOString()];
    const won =
      expected === null
        ? await this.db.query<{ conversation_id: string }>(
            `insert into conversation_threads (tenant_id, key_hash, conversation_id, customer_id, last_activity_at) values ($1, $2, $3, $4, $5)
             on conflict (tenant_id, key_hash) do nothing returning conversation_id`,
            params,
          )
        : await this.db.query<{ conversation_id: string }>(
            `update conversation_threads set conversation_id = $3, customer_id = $4, last_activity_at = $5
             where tenant_id = $1 and key_hash = $2 and conversation_id = $6 returning conversation_id`,
            [...params, expected],
          );
    if (won.rows[0]) return won.rows[0].conversation_id;
    const current = (await this.find(tenantId, [keyHash])).get(keyHash);
    return current ? current.conversationId : this.claim(tenantId, keyHash, null, claim);
  }

  /** Records activity on the keys of a conversation (creating keys it did not have, e.g. an email's own Message-ID). */
  async touch(tenantId: string, keyHashes: readonly string[], activity: { conversationId: string; customerId: string; at: Date }): Promise<void> {
    for (const keyHash of keyHashes) {
      await this.db.query(
        `insert into conversation_threads (tenant_id, key_hash, conversation_id, customer_id, last_activity_at) values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, key_hash) do update set last_activity_at = greatest(conversation_threads.last_activity_at, excluded.last_activity_at)
         where conversation_threads.conversation_id = excluded.conversation_id`,
        [tenantId, keyHash, activity.conversationId, activity.customerId, activity.at.toISOString()],
      );
    }
  }

  /**
   * Points the key at the conversation of this activity unless it already records later activity
   * elsewhere: a contact id follows its newest conversation, and a late event of an older one does
   * not pull it back.
   */
  async point(tenantId: string, keyHash: string, activity: { conversationId: string; customerId: string; at: Date }): Promise<void> {
    await this.db.query(
      `insert into conversation_threads (tenant_id, key_hash, conversation_id, customer_id, last_activity_at) values ($1, $2, $3, $4, $5)
       on conflict (tenant_id, key_hash) do update set conversation_id = excluded.conversation_id, customer_id = excluded.customer_id,
         last_activity_at = greatest(conversation_threads.last_activity_at, excluded.last_activity_at)
       where conversation_threads.conversation_id = excluded.conversation_id or conversation_threads.last_activity_at <= excluded.last_activity_at`,
      [tenantId, keyHash, activity.conversationId, activity.customerId, activity.at.toISOString()],
    );
  }

  async reassign(tenantId: string, fromCustomerId: string, toCustomerId: string): Promise<void> {
    await this.db.query('update conversation_threads set customer_id = $3 where tenant_id = $1 and customer_id = $2', [tenantId, fromCustomerId, toCustomerId]);
  }

  async deleteForCustomers(tenantId: string, customerIds: readonly string[]): Promise<void> {
    await this.db.query(`delete from conversation_threads where tenant_id = $1 and ${inJsonList('customer_id', '$2')}`, [tenantId, jsonList(customerIds)]);
  }
}
