import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { SqlDatabase, SqlExecutor, SqlQueryResult } from '../sql-database';

export interface PostgresDatabaseOptions {
  readonly connectionString: string;
  /** Tables live in this schema (created if missing); lets tests and tenants of a cluster stay apart. */
  readonly schema?: string;
  readonly maxConnections?: number;
}

function executor(client: Pick<PoolClient, 'query'>): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<SqlQueryResult<Row>> {
      const result = await client.query(sql, params as unknown[]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      // Without parameters pg uses the simple query protocol, which accepts several statements.
      await client.query(sql);
    },
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** The distributed-mode SQL adapter: a `pg` connection pool. */
export async function createPostgresDatabase(options: PostgresDatabaseOptions): Promise<SqlDatabase> {
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  const config: PoolConfig = {
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    // The event store's readers wait for every older transaction on the server (its xmin rule): a
    // session of ours left idle inside a transaction (a crashed handler) must not hold them for long.
    idle_in_transaction_session_timeout: 60_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new Pool(config);
  // An idle client that loses its server emits 'error' on the pool; without a listener node would crash.
  pool.on('error', () => undefined);
  if (schema) await pool.query(`create schema if not exists ${schema}`);
  const base = executor(pool);

  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(executor(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      await pool.end();
    },
  };
}
