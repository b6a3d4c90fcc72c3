import type { SqlMigration } from '@switchboard/infra-sql';

/**
 * Tables of the SQL event store; the same SQL runs on PostgreSQL and PGlite.
 * `position` is the global order; `(stream_id, stream_revision)` is unique so that a writer that
 * skipped the append lock still cannot fork a stream; `event_id` is unique so that a retried
 * append is recognised instead of recorded twice.
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
];
