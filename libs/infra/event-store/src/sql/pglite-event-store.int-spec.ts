import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPgliteDatabase, type SqlDatabase } from '@switchboard/infra-sql';
import { createTestPgliteDatabase } from '@switchboard/infra-sql/testing';
import { waitFor } from '@switchboard/testing';
import { DuplicateEventId } from '../errors';
import { testEventStore } from '../testing';
import { contractEvent, contractEvents, uniqueStream } from '../testing/contract.fixtures';
import { createLegacyStore } from './legacy-store.fixtures';
import { createSqlEventStore } from './sql-event-store';

testEventStore('PGlite (in memory)', async () => createSqlEventStore(await createTestPgliteDatabase(), { closeDatabase: true }));

describe('SQL event store on PGlite', () => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await createTestPgliteDatabase();
  });
  afterAll(() => db.close());

  // Runs first, while the shared database is still empty.
  it('reports head position 0 while empty', async () => {
    const store = await createSqlEventStore(db);
    expect(await store.headPosition()).toBe(0);
    expect(await store.readAll()).toEqual([]);
  });

  it('refuses an event id already recorded in another stream or repeated within one append', async () => {
    const store = await createSqlEventStore(db);
    const event = contractEvent(0);
    await store.append(uniqueStream('first'), [event]);
    await expect(store.append(uniqueStream('second'), [event])).rejects.toBeInstanceOf(DuplicateEventId);
    const twice = contractEvent(1);
    await expect(store.append(uniqueStream('third'), [twice, twice])).rejects.toBeInstanceOf(DuplicateEventId);
  });

  it('refuses to work once closed, and leaves a database it does not own open', async () => {
    const store = await createSqlEventStore(db);
    await store.close();
    await expect(store.append(uniqueStream('closed'), [contractEvent(0)])).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
    await expect(store.ping()).rejects.toMatchObject({ code: 'EVENT_STORE_UNAVAILABLE' });
    await expect(db.ping()).resolves.toBeUndefined();
  });

  it('upgrades a database of the previous version: its events stay readable, in order, and appends continue after them', async () => {
    const legacy = await createTestPgliteDatabase();
    try {
      const stream = uniqueStream('legacy');
      const old = contractEvents(3);
      await createLegacyStore(legacy, stream, old);
      const store = await createSqlEventStore(legacy);
      expect((await store.readAll()).map((event) => event.event)).toEqual(old);
      expect(await store.headPosition()).toBe(3);
      const next = await store.append(stream, [contractEvent(3)], { expectedRevision: 2 });
      expect(next).toEqual({ nextExpectedRevision: 3, position: 4 });
      expect((await store.readAll({ after: 3 })).map((event) => event.revision)).toEqual([3]);
      await store.close();
    } finally {
      await legacy.close();
    }
  });

  it('keeps its events and checkpoints in a data directory across close and reopen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sb-event-store-'));
    try {
      const stream = uniqueStream('durable');
      const events = contractEvents(3);
      const first = await createSqlEventStore(await createPgliteDatabase({ dataDir }), { closeDatabase: true });
      const appended = await first.append(stream, events, { expectedRevision: 'no_stream' });
      const subscription = await first.subscribeToAll({ subscriberId: 'durable', handler: async () => undefined });
      await waitFor(async () => (await first.readCheckpoint('durable')) === appended.position, { what: 'checkpoint' });
      await subscription.stop();
      await first.close();

      const reopened = await createSqlEventStore(await createPgliteDatabase({ dataDir }), { closeDatabase: true });
      try {
        expect((await reopened.readStream(stream)).map((event) => event.event)).toEqual(events);
        expect(await reopened.headPosition()).toBe(appended.position);
        expect(await reopened.readCheckpoint('durable')).toBe(appended.position);
        const next = await reopened.append(stream, [contractEvent(3)], { expectedRevision: 2 });
        expect(next.position).toBeGreaterThan(appended.position);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
