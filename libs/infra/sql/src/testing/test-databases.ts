import { Client } from 'pg';
import { testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { createPgliteDatabase } from '../pglite/pglite-database';
import { createPostgresDatabase } from '../postgres/postgres-database';
import type { SqlDatabase } from '../sql-database';

/** A PostgreSQL database in a fresh schema of the test server; `close()` drops the schema. */
export async function createTestPostgresDatabase(options: { maxConnections?: number } = {}): Promise<SqlDatabase> {
  const schema = `t_${uniqueSuffix()}`;
  const db = await createPostgresDatabase({ connectionString: testEndpoints.postgresUrl, schema, ...options });
  return {
    ...db,
    async close() {
      await db.close();
      const admin = new Client({ connectionString: testEndpoints.postgresUrl });
      await admin.connect();
      try {
        await admin.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** An in-memory PGlite database. */
export function createTestPgliteDatabase(): Promise<SqlDatabase> {
  return createPgliteDatabase();
}
