import type { SqlMigration } from '@switchboard/infra-sql';

/**
 * The write side's own tables (the projection's are in projection/projection-schema.ts, since a
 * rebuild drops and recreates those). Same SQL on PostgreSQL and PGlite; one statement each.
 *
 * - `customer_identities`: who an identity resolves to. The value is kept only as a keyed hash, the
 *   primary key makes the first claim of a new identity win (INSERT ... ON CONFLICT DO NOTHING).
 * - `conversation_threads`: which conversation a thread key (call, chat session, sender, email
 *   Message-ID) continues; keys hashed too, since they hold numbers and addresses.
 * - `customer_keys`: one data key per customer, wrapped with the key-encryption key. Erasure nulls
 *   `wrapped_key` and keeps the row as a tombstone, so no new key can ever be made for that customer.
 * - `timeline_secrets`: the generated master secret, only when the app was given none.
 */
export const timelineMigrations: readonly SqlMigration[] = [
  {
    id: 'timeline-0001-customer-identities',
    sql: `create table customer_identities (
      tenant_id text not null,
      kind text not null,
      value_hash text not null,
      customer_id text not null,
      claimed_at timestamptz not null default now(),
      primary key (tenant_id, kind, value_hash)
    )`,
  },
  { id: 'timeline-0002-customer-identities-by-customer', sql: 'create index customer_identities_by_customer on customer_identities (tenant_id, customer_id)' },
  {
    id: 'timeline-0003-conversation-threads',
    sql: `create table conversation_threads (
      tenant_id text not null,
      key_hash text not null,
      conversation_id text not null,
      customer_id text not null,
      last_activity_at timestamptz not null,
      primary key (tenant_id, key_hash)
    )`,
  },
  { id: 'timeline-0004-conversation-threads-by-customer', sql: 'create index conversation_threads_by_customer on conversation_threads (tenant_id, customer_id)' },
  {
    id: 'timeline-0005-customer-keys',
    sql: `create table customer_keys (
      tenant_id text not null,
      customer_id text not null,
      key_id text not null unique,
      wrapped_key text,
      created_at timestamptz not null default now(),
      destroyed_at timestamptz,
      primary key (tenant_id, customer_id)
    )`,
  },
  {
    id: 'timeline-0006-secrets',
    sql: `create table timeline_secrets (
      name text primary key,
      value text not null,
      created_at timestamptz not null default now()
    )`,
  },
  {
    // The exact kinds (`phone`, `whatsapp`) the customer's events link under this key: a sender
    // already linked needs no command on the customer at all, which spares a stream read per message.
    id: 'timeline-0007-customer-identities-linked-kinds',
    sql: "alter table customer_identities add column linked_kinds jsonb not null default '[]'::jsonb",
  },
];
