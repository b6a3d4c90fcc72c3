import type { SqlExecutor } from '@switchboard/infra-sql';

export const PROJECTION_NAME = 'timeline';
/** Raised when a table's shape changes: a running projection of another version asks for a rebuild. */
export const PROJECTION_SCHEMA_VERSION = 1;

/**
 * The timeline read model. Disposable by design: `projections:rebuild` drops these tables and
 * replays the event store into them, so they are created here rather than by migrations.
 * Every table is keyed by tenant first; every query filters on it.
 */
const CREATE_STATEMENTS = [
  `create table if not exists timeline_checkpoint (
    projection text primary key,
    position bigint not null,
    schema_version integer not null
  )`,
  `create table if not exists timeline_customers (
    tenant_id text not null,
    id text not null,
    status text not null,
    merged_into text,
    display_name text,
    company text,
    language text,
    attributes jsonb not null,
    consent jsonb not null,
    absorbed_ids jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (tenant_id, id)
  )`,
  `create table if not exists timeline_customer_identities (
    tenant_id text not null,
    customer_id text not null,
    kind text not null,
    value_hash text not null,
    value text,
    primary key (tenant_id, customer_id, kind, value_hash)
  )`,
  'create index if not exists timeline_customer_identities_by_hash on timeline_customer_identities (tenant_id, value_hash)',
  `create table if not exists timeline_conversations (
    tenant_id text not null,
    id text not null,
    customer_id text not null,
    origin_customer_id text not null,
    channel text not null,
    channel_id text,
    thread_kind text not null,
    subject text,
    status text not null,
    queue text,
    assigned_agent_id text,
    tags jsonb not null,
    disposition text,
    csat_score integer,
    opened_at timestamptz not null,
    closed_at timestamptz,
    last_activity_at timestamptz not null,
    message_count integer not null,
    primary key (tenant_id, id)
  )`,
  'create index if not exists timeline_conversations_by_customer on timeline_conversations (tenant_id, customer_id)',
  `create table if not exists timeline_entries (
    tenant_id text not null,
    id text not null,
    conversation_id text not null,
    customer_id text not null,
    occurred_at timestamptz not null,
    channel text not null,
    kind text not null,
    direction text not null,
    author_kind text not null,
    author_id text,
    text text,
    subject text,
    unreadable boolean not null,
    media jsonb not null,
    call jsonb,
    primary key (tenant_id, id)
  )`,
  // The timeline page: one customer, newest first, keyset-paginated on (occurred_at, id).
  'create index if not exists timeline_entries_page on timeline_entries (tenant_id, customer_id, occurred_at desc, id desc)',
  'create index if not exists timeline_entries_by_conversation on timeline_entries (tenant_id, conversation_id, occurred_at, id)',
  `create table if not exists timeline_routing_steps (
    tenant_id text not null,
    id text not null,
    conversation_id text not null,
    occurred_at timestamptz not null,
    type text not null,
    agent_id text,
    queue text,
    detail text,
    primary key (tenant_id, id)
  )`,
  'create index if not exists timeline_routing_steps_by_conversation on timeline_routing_steps (tenant_id, conversation_id, occurred_at, id)',
];

/** The tables and the key each is ordered by when dumped (the rebuild test compares full dumps). */
export const PROJECTION_TABLES: readonly { readonly name: string; readonly key: string }[] = [
  { name: 'timeline_checkpoint', key: 'projection' },
  { name: 'timeline_customers', key: 'tenant_id, id' },
  { name: 'timeline_customer_identities', key: 'tenant_id, customer_id, kind, value_hash' },
  { name: 'timeline_conversations', key: 'tenant_id, id' },
  { name: 'timeline_entries', key: 'tenant_id, id' },
  { name: 'timeline_routing_steps', key: 'tenant_id, id' },
];

export async function createProjectionTables(db: SqlExecutor): Promise<void> {
  for (const statement of CREATE_STATEMENTS) await db.query(statement);
}

export async function dropProjectionTables(db: SqlExecutor): Promise<void> {
  for (const table of [...PROJECTION_TABLES].reverse()) await db.query(`drop table if exists ${table.name}`);
}

/** Full contents of every projection table, ordered by key: what "identical tables" is checked on. */
export async function dumpProjectionTables(db: SqlExecutor): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of PROJECTION_TABLES) {
    dump[table.name] = (await db.query(`select * from ${table.name} order by ${table.key}`)).rows;
  }
  return dump;
}
