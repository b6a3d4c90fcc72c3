import type { SqlMigration } from '@switchboard/infra-sql';

/**
 * The tables routing owns: the admin's configuration (queues, agent profiles) and the knowledge
 * base. Live routing state is not here (see RoutingState). One statement per migration (PGlite).
 */
export const routingMigrations: readonly SqlMigration[] = [
  {
    id: 'routing-0001-queues',
    // The queue's settings travel as one JSON document: they are read whole and validated by the DTOs.
    sql: `create table routing_queues (
      tenant_id text not null,
      id text not null,
      body jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id)
    )`,
  },
  {
    id: 'routing-0002-agent-profiles',
    sql: `create table routing_agent_profiles (
      tenant_id text not null,
      agent_id text not null,
      body jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (tenant_id, agent_id)
    )`,
  },
  {
    id: 'routing-0003-kb-articles',
    sql: `create table kb_articles (
      tenant_id text not null,
      id text not null,
      language text not null,
      title text not null,
      body text not null,
      tags jsonb not null default '[]',
      status text not null check (status in ('draft', 'published')),
      revision integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      published_at timestamptz,
      primary key (tenant_id, id)
    )`,
  },
];
