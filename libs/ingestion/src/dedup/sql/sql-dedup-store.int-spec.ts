import { runMigrations, type SqlDatabase } from '@switchboard/infra-sql';
import { createTestPgliteDatabase, createTestPostgresDatabase } from '@switchboard/infra-sql/testing';
import { describeWithServices } from '@switchboard/testing';
import type { DedupStore } from '../dedup-store';
import { testDedupStore } from '../testing/dedup-store.contract';
import { dedupMigrations } from './dedup.migrations';
import { createSqlDedupStore } from './sql-dedup-store';

function onDatabase(name: string, makeDatabase: () => Promise<SqlDatabase>): void {
  const databases = new Map<DedupStore, SqlDatabase>();
  testDedupStore(
    name,
    async () => {
      const db = await makeDatabase();
      await runMigrations(db, dedupMigrations);
      const store = createSqlDedupStore(db);
      databases.set(store, db);
      return store;
    },
    async (store) => databases.get(store)?.close(),
  );
}

onDatabase('sql on PGlite', createTestPgliteDatabase);
describeWithServices(['postgres'], 'SQL dedup store on PostgreSQL', () => onDatabase('sql on PostgreSQL', () => createTestPostgresDatabase()));

describe('SQL dedup store housekeeping', () => {
  it('purges expired entries and keeps live ones', async () => {
    const db = await createTestPgliteDatabase();
    await runMigrations(db, dedupMigrations);
    const store = createSqlDedupStore(db);
    await store.confirm(['a', 'b'], 1);
    await store.confirm(['c'], 60_000);
    await store.claim(['d'], 'owner', 60_000);
    await db.query("update ingestion_dedup set expires_at = now() - interval '1 second' where key in ('a', 'b')");
    expect(await store.purgeExpired()).toBe(2);
    const rows = await db.query<{ key: string }>('select key from ingestion_dedup order by key');
    expect(rows.rows.map((row) => row.key)).toEqual(['c', 'd']);
    await db.close();
  });
});
