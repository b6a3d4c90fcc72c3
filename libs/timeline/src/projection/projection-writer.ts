import type { SqlExecutor } from '@switchboard/infra-sql';
import { inJsonList, jsonList } from '../persistence/json-params';
import { conversationToDb, customerToDb, entryToDb, identitiesToDb, routingToDb, type ConversationRow, type CustomerRow, type EntryRow, type RoutingRow } from './projection-rows';
import { inTenantKeys, tenantKeysParam, type TenantKey } from './tenant-key';

/** Changes that reach rows not loaded in memory, replayed in SQL in event order after the row upserts. */
export type BulkChange =
  | { readonly kind: 'merge'; readonly tenantId: string; readonly sourceId: string; readonly targetId: string }
  | { readonly kind: 'erase'; readonly tenantId: string; readonly customerIds: readonly string[] };

export interface PageChanges {
  readonly customers: readonly CustomerRow[];
  /** Customers whose identity rows are replaced by what their state holds. */
  readonly identityOwners: readonly CustomerRow[];
  readonly conversations: readonly ConversationRow[];
  readonly entries: readonly EntryRow[];
  readonly routing: readonly RoutingRow[];
  readonly bulk: readonly BulkChange[];
}

type Column = readonly [name: string, type: string];

const CUSTOMER_COLUMNS: readonly Column[] = [
  ['tenant_id', 'text'], ['id', 'text'], ['status', 'text'], ['merged_into', 'text'], ['display_name', 'text'], ['company', 'text'], ['language', 'text'],
  ['attributes', 'jsonb'], ['consent', 'jsonb'], ['absorbed_ids', 'jsonb'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
];
const IDENTITY_COLUMNS: readonly Column[] = [['tenant_id', 'text'], ['customer_id', 'text'], ['kind', 'text'], ['value_hash', 'text'], ['value', 'text']];
const CONVERSATION_COLUMNS: readonly Column[] = [
  ['tenant_id', 'text'], ['id', 'text'], ['customer_id', 'text'], ['origin_customer_id', 'text'], ['channel', 'text'], ['channel_id', 'text'], ['thread_kind', 'text'],
  ['subject', 'text'], ['status', 'text'], ['queue', 'text'], ['assigned_agent_id', 'text'], ['tags', 'jsonb'], ['disposition', 'text'], ['csat_score', 'integer'],
  ['opened_at', 'timestamptz'], ['closed_at', 'timestamptz'], ['last_activity_at', 'timestamptz'], ['message_count', 'integer'],
];
const ENTRY_COLUMNS: readonly Column[] = [
  ['tenant_id', 'text'], ['id', 'text'], ['conversation_id', 'text'], ['customer_id', 'text'], ['occurred_at', 'timestamptz'], ['channel', 'text'], ['kind', 'text'],
  ['direction', 'text'], ['author_kind', 'text'], ['author_id', 'text'], ['text', 'text'], ['subject', 'text'], ['unreadable', 'boolean'], ['media', 'jsonb'], ['call', 'jsonb'],
];
const ROUTING_COLUMNS: readonly Column[] = [
  ['tenant_id', 'text'], ['id', 'text'], ['conversation_id', 'text'], ['occurred_at', 'timestamptz'], ['type', 'text'], ['agent_id', 'text'], ['queue', 'text'], ['detail', 'text'],
];

const CHUNK = 1000;

/**
 * Writes a page's rows set-wise: one `insert ... select from jsonb_to_recordset(...)` per table and
 * chunk, the same SQL on PostgreSQL and PGlite. This is what lets a rebuild run at thousands of
 * events a second.
 */
async function upsert(db: SqlExecutor, table: string, columns: readonly Column[], key: readonly string[], rows: readonly object[]): Promise<void> {
  const names = columns.map(([name]) => name);
  const updates = names.filter((name) => !key.includes(name)).map((name) => `${name} = excluded.${name}`);
  const onConflict = updates.length === 0 ? 'do nothing' : `do update set ${updates.join(', ')}`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db.query(
      `insert into ${table} (${names.join(', ')})
       select ${names.join(', ')} from jsonb_to_recordset($1::jsonb) as r(${columns.map(([name, type]) => `${name} ${type}`).join(', ')})
       on conflict (${key.join(', ')}) ${onConflict}`,
      [JSON.stringify(rows.slice(start, start + CHUNK))],
    );
  }
}

export async function writePage(db: SqlExecutor, changes: PageChanges): Promise<void> {
  await upsert(db, 'timeline_customers', CUSTOMER_COLUMNS, ['tenant_id', 'id'], changes.customers.map(customerToDb));
  if (changes.identityOwners.length > 0) {
    const owners: TenantKey[] = changes.identityOwners.map((row) => ({ tenantId: row.tenantId, id: row.id }));
    await db.query(`delete from timeline_customer_identities where ${inTenantKeys('customer_id', '$1')}`, [tenantKeysParam(owners)]);
    await upsert(db, 'timeline_customer_identities', IDENTITY_COLUMNS, ['tenant_id', 'customer_id', 'kind', 'value_hash'], changes.identityOwners.flatMap(identitiesToDb));
  }
  await upsert(db, 'timeline_conversations', CONVERSATION_COLUMNS, ['tenant_id', 'id'], changes.conversations.map(conversationToDb));
  await upsert(db, 'timeline_entries', ENTRY_COLUMNS, ['tenant_id', 'id'], changes.entries.map(entryToDb));
  await upsert(db, 'timeline_routing_steps', ROUTING_COLUMNS, ['tenant_id', 'id'], changes.routing.map(routingToDb));
  for (const change of changes.bulk) await writeBulk(db, change);
}

async function writeBulk(db: SqlExecutor, change: BulkChange): Promise<void> {
  if (change.kind === 'merge') {
    const params = [change.tenantId, change.sourceId, change.targetId];
    await db.query('update timeline_entries set customer_id = $3 where tenant_id = $1 and customer_id = $2', params);
    await db.query('update timeline_conversations set customer_id = $3 where tenant_id = $1 and customer_id = $2', params);
    // Customers merged into the source before now redirect straight to the target: one hop, always.
    await db.query('update timeline_customers set merged_into = $3 where tenant_id = $1 and merged_into = $2', params);
    return;
  }
  const params = [change.tenantId, jsonList(change.customerIds)];
  // The same redaction as `redactEntry`, for the entries not in memory.
  await db.query(
    `update timeline_entries set text = null, subject = null, unreadable = true,
       media = coalesce((select jsonb_agg(jsonb_set(m.item, '{filename}', 'null'::jsonb) order by m.n) from jsonb_array_elements(media) with ordinality as m(item, n)), '[]'::jsonb)
     where tenant_id = $1 and ${inJsonList('customer_id', '$2')}`,
    params,
  );
  await db.query(`update timeline_conversations set subject = null where tenant_id = $1 and ${inJsonList('customer_id', '$2')}`, params);
  await db.query(`update timeline_customers set display_name = null, company = null, attributes = '{}'::jsonb where tenant_id = $1 and ${inJsonList('id', '$2')}`, params);
  await db.query(`delete from timeline_customer_identities where tenant_id = $1 and ${inJsonList('customer_id', '$2')}`, params);
}
