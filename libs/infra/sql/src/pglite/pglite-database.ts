import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlDatabase, SqlExecutor, SqlQueryResult } from '../sql-database';

export interface PgliteDatabaseOptions {
  /** Directory of the on-disk database; omit for an in-memory database (tests). */
  readonly dataDir?: string;
}

function executor(target: Pick<PGlite | Transaction, 'query' | 'exec'>): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<SqlQueryResult<Row>> {
      const result = await target.query<Row>(sql, params as unknown[]);
      // PGlite reports affectedRows 0 for SELECT; pg's rowCount counts returned rows there.
      return { rows: result.rows, rowCount: result.rows.length > 0 ? result.rows.length : (result.affectedRows ?? 0) };
    },
    async exec(sql: string): Promise<void> {
      // `query` is one prepared statement; `exec` runs a whole script.
      await target.exec(sql);
    },
  };
}

/**
 * The embedded SQL adapter: PostgreSQL compiled to WASM, in process. One connection, so PGlite
 * queues statements and runs transactions one at a time: the same isolation a real server gives,
 * without the concurrency.
 */
export async function createPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<SqlDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = options.dataDir ? await PGlite.create({ dataDir: options.dataDir }) : await PGlite.create();
  const base = executor(db);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return db.transaction((tx) => work(executor(tx)));
    },
    async ping() {
      await db.query('select 1');
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
