import type { SqlDatabase } from '@switchboard/infra-sql';
import { createTestPostgresDatabase } from '@switchboard/infra-sql/testing';
import { describeWithServices, waitFor } from '@switchboard/testing';
import type { EventStore } from '../event-store';
import { testEventStore } from '../testing';
import { collector, contractEvent, contractEvents, deferred, expectConflict, idsOf, uniqueStream } from '../testing/contract.fixtures';
import { createLegacyStore } from './legacy-store.fixtures';
import { createSqlEventStore } from './sql-event-store';

describeWithServices(['postgres'], 'SQL event store on PostgreSQL', () => {
  // Ten pooled connections: the contract's races reach the server as truly parallel transactions.
  testEventStore('PostgreSQL', async () => createSqlEventStore(await createTestPostgresDatabase({ maxConnections: 10 }), { closeDatabase: true }));

  describe('beyond the contract', () => {
    let db: SqlDatabase;
    let store: EventStore;
    beforeAll(async () => {
      db = await createTestPostgresDatabase({ maxConnections: 10 });
      store = await createSqlEventStore(db);
    });
    afterAll(async () => {
      await store.close();
      await db.close();
    });

    /** Resolves once a session is waiting inside (or holding open) an `event_store_append` call in the given state. */
    const appendIs = (condition: string) =>
      waitFor(async () => (await db.query(`select 1 from pg_stat_activity where ${condition} and query like '%event_store_append(%' and pid <> pg_backend_pid()`)).rowCount > 0, {
        what: `an append session where ${condition}`,
      });

    it('maps the unique (stream, revision) constraint to StreamVersionConflict when a direct writer holds the revision uncommitted', async () => {
      const stream = uniqueStream('safety-net');
      const release = deferred();
      // A writer that inserts directly holds revision 0 uncommitted ...
      const intruder = db.transaction(async (tx) => {
        await tx.query(
          `insert into event_store_events (stream_id, stream_revision, event_id, event_type, tenant_id, envelope)
           values ($1, 0, $2, 'contract.event-recorded.v1', 'contract', '{}'::jsonb)`,
          [stream, contractEvent(0).id],
        );
        await release.promise;
      });
      try {
        // ... so the store sees no stream, inserts revision 0 and waits on the unique index.
        const append = store.append(stream, [contractEvent(1)], { expectedRevision: 'no_stream' });
        await appendIs(`wait_event = 'transactionid'`);
        release.resolve();
        await intruder;
        await expectConflict(append, 0);
      } finally {
        release.resolve();
        await intruder;
      }
    });

    it('never lets a reader pass a position whose append is still in flight, and delivers it in order once committed', async () => {
      const reader = await createSqlEventStore(db, { pollIntervalMs: 20, readSettleMs: 50 });
      const head = await store.headPosition();
      const slow = uniqueStream('in-flight');
      const fast = uniqueStream('overtaking');
      const release = deferred();
      // The slow append takes its position, then its transaction stays open (as if its commit were slow) ...
      const held = db.transaction(async (tx) => {
        await tx.query('select * from event_store_append($1, $2, $3, $4::jsonb)', [slow, 'any', null, JSON.stringify([contractEvent(0)])]);
        await release.promise;
      });
      const live = collector([slow, fast]);
      const subscription = await reader.subscribeToAll({ after: head, handler: live.handler });
      try {
        await appendIs(`state = 'idle in transaction'`);
        // ... while a later append, with a higher position, commits.
        const overtaking = await store.append(fast, [contractEvent(1)]);
        expect(overtaking.position).toBeGreaterThan(head + 1);
        expect(await reader.readAll({ after: head })).toEqual([]);
        expect(await reader.headPosition()).toBe(head);
        expect(live.received).toEqual([]);

        release.resolve();
        await held;
        await waitFor(() => live.received.length >= 2, { what: 'both events' });
        const all = await reader.readAll({ after: head });
        expect(all.map((event) => event.streamId)).toEqual([slow, fast]);
        expect(idsOf(live.received)).toEqual(idsOf(all));
        expect(await reader.headPosition()).toBe(overtaking.position);
      } finally {
        release.resolve();
        await held;
        await subscription.stop();
        await reader.close();
      }
    });

    it('upgrades a database of the previous version: its events stay readable, in order, and appends continue after them', async () => {
      const legacy = await createTestPostgresDatabase();
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

    it('delivers events appended through another store instance (another process) by polling', async () => {
      const other = await createSqlEventStore(db, { pollIntervalMs: 20 });
      const stream = uniqueStream('cross-instance');
      const head = await store.headPosition();
      const seen = collector([stream]);
      const subscription = await other.subscribeToAll({ after: head, handler: seen.handler });
      try {
        await store.append(stream, [contractEvent(0), contractEvent(1)]);
        await waitFor(() => seen.received.length >= 2, { what: 'polled events' });
        expect(seen.received.map((event) => event.revision)).toEqual([0, 1]);
      } finally {
        await subscription.stop();
        await other.close();
      }
    });
  });
});
