import type { SqlMigration } from '@switchboard/infra-sql';
import { eventStoreAppendFunction } from './event-store-append.function';

/**
 * Tables of the SQL event store; the same SQL runs on PostgreSQL and PGlite.
 * `position` is the global order; `(stream_id, stream_revision)` is unique so that two appends
 * racing past the revision check cannot fork a stream; `event_id` is unique so that a retried
 * append is recognised instead of recorded twice; `transaction_id` is the appending transaction,
 * which tells readers when a position can no longer be overtaken (see `sql-reads.ts`).
 * One statement per migration: PGlite runs `query` as a prepared statement, which takes only one.
 */
export const eventStoreMigrations: readonly SqlMigration[] = [
  {
    id: 'event-store-0001-events',
    sql: `
      create table event_store_events (
        position bigserial primary key,
        stream_id text not null,
        stream_revision bigint not null,
        event_id text not null,
        event_type text not null,
        tenant_id text not null,
        envelope jsonb not null,
        recorded_at timestamptz not null default now(),
        constraint event_store_events_stream_revision_unique unique (stream_id, stream_revision),
        constraint event_store_events_event_id_unique unique (event_id)
      )
    `,
  },
  {
    id: 'event-store-0002-checkpoints',
    sql: `
      create table event_store_checkpoints (
        subscriber_id text primary key,
        position bigint not null,
        updated_at timestamptz not null default now()
      )
    `,
  },
  {
    // Rows written before this migration were appended under a store-wide lock held until commit,
    // so they are all committed and in order: transaction 0 is older than any snapshot's xmin.
    id: 'event-store-0003-transaction-id',
    sql: `alter table event_store_events add column transaction_id xid8 not null default '0'`,
  },
  {
    // `event_store_append` sets it; a writer that inserts directly is at least waited for by readers.
    id: 'event-store-0004-transaction-id-default',
    sql: 'alter table event_store_events alter column transaction_id set default pg_current_xact_id()',
  },
  {
    id: 'event-store-0005-append-function',
    sql: eventStoreAppendFunction,
  },
];
