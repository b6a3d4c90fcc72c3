import type { SqlMigration } from '@switchboard/infra-sql';

/**
 * The tables identity and access owns. One statement per migration: PGlite runs migrations as
 * prepared statements, which hold a single command. Ids are prefixed because `sb_migrations` is shared.
 */
export const identityAccessMigrations: readonly SqlMigration[] = [
  {
    id: 'identity-access-0001-tenants',
    sql: `create table tenants (
      id text primary key,
      name text not null,
      created_at timestamptz not null default now()
    )`,
  },
  {
    id: 'identity-access-0002-users',
    // email is unique across the platform, not per tenant, because login is by email alone. It is stored
    // normalised by the domain (normaliseEmail); no SQL lower() check, whose Unicode rules vary by locale.
    sql: `create table users (
      id text primary key,
      tenant_id text not null references tenants (id),
      email text not null constraint users_email_unique unique,
      display_name text not null,
      role text not null check (role in ('agent', 'supervisor', 'admin')),
      password_hash text not null,
      active boolean not null default true,
      created_at timestamptz not null default now()
    )`,
  },
  {
    id: 'identity-access-0003-users-by-tenant',
    sql: 'create index users_by_tenant on users (tenant_id, created_at, id)',
  },
];
