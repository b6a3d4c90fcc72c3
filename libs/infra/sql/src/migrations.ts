import type { SqlDatabase, SqlMigration } from './sql-database';

// One cluster-wide advisory lock key so that services starting together never migrate twice.
const MIGRATION_LOCK = 7_531_001;

/**
 * Applies the migrations not yet recorded in `sb_migrations`, each in its own transaction,
 * in the order given. Safe to call from several processes at once.
 */
export async function runMigrations(db: SqlDatabase, migrations: readonly SqlMigration[]): Promise<string[]> {
  await db.query(`create table if not exists sb_migrations (
    id text primary key,
    applied_at timestamptz not null default now()
  )`);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const existing = await tx.query('select 1 from sb_migrations where id = $1', [migration.id]);
      if (existing.rowCount > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into sb_migrations (id) values ($1)', [migration.id]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}
