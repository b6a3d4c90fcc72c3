import { Client } from 'pg';
import { testEndpoints } from './services';
import { uniqueSuffix } from './services';

/** A fresh, empty PostgreSQL database on the test server, for apps that own a whole database. */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sb_${uniqueSuffix()}`;
  const admin = new Client({ connectionString: testEndpoints.postgresUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testEndpoints.postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: testEndpoints.postgresUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
