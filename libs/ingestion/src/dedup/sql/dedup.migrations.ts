import type { SqlMigration } from '@switchboard/infra-sql';

/** The embedded mode's deduplication table; Redis replaces it in the distributed mode. */
export const dedupMigrations: readonly SqlMigration[] = [
  {
    id: 'ingestion-0101-dedup',
    sql: `create table ingestion_dedup (
      key text primary key,
      state text not null check (state in ('pending', 'done')),
      owner text,
      expires_at timestamptz not null
    )`,
  },
  { id: 'ingestion-0102-dedup-expiry', sql: 'create index ingestion_dedup_by_expiry on ingestion_dedup (expires_at)' },
];
