import type { SqlDatabase } from '@switchboard/infra-sql';
import { runMigrations } from '@switchboard/infra-sql';
import type { EventEnvelope } from '@switchboard/contracts';
import { eventStoreMigrations } from './event-store.migrations';

/** The migrations a store had before appends recorded their transaction. */
const LEGACY_MIGRATIONS = eventStoreMigrations.filter((migration) => ['event-store-0001-events', 'event-store-0002-checkpoints'].includes(migration.id));

/** A database as the previous version of the store left it: its two tables, and events appended its way. */
export async function createLegacyStore(db: SqlDatabase, stream: string, events: readonly EventEnvelope[]): Promise<void> {
  await runMigrations(db, LEGACY_MIGRATIONS);
  await db.query(
    `insert into event_store_events (stream_id, stream_revision, event_id, event_type, tenant_id, envelope)
     select $1, e.ordinality - 1, e.value->>'id', e.value->>'type', e.value->>'tenantId', e.value
     from jsonb_array_elements($2::jsonb) with ordinality as e(value, ordinality)
     order by e.ordinality`,
    [stream, JSON.stringify(events)],
  );
}
