import type { SqlMigration } from '@switchboard/infra-sql';

/**
 * The channel registry. No foreign key to `tenants`: identity-access owns that table and may
 * migrate after us; every query filters on tenant_id instead.
 */
export const channelMigrations: readonly SqlMigration[] = [
  {
    id: 'ingestion-0001-channels',
    sql: `create table channels (
      id text primary key,
      tenant_id text not null,
      kind text not null,
      secrets jsonb not null default '{}'::jsonb,
      settings jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now()
    )`,
  },
  { id: 'ingestion-0002-channels-by-tenant', sql: 'create index channels_by_tenant on channels (tenant_id, created_at, id)' },
];
