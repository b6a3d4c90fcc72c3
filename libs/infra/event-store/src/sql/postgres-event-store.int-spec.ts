import type { SqlDatabase } from '@switchboard/infra-sql';
import { createTestPostgresDatabase } from '@switchboard/infra-sql/testing';
import { describeWithServices, waitFor } from '@switchboard/testing';
import type { EventStore } from '../event-store';
import { testEventStore } from '../testing';
import { collector, contractEvent, deferred, expectConflict, uniqueStream } from '../testing/contract.fixtures';
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

    it('maps the unique (stream, revision) constraint to StreamVersionConflict when a writer bypassed the append lock', async () => {
      const stream = uniqueStream('safety-net');
      const release = deferred();
      // A writer that does not take the append lock holds revision 0 uncommitted ...
      const intruder = db.transaction(async (tx) => {
        await tx.query(
          `insert into event_store_events (stream_id, stream_revision, event_id, event_type, tenant_id, envelope)
           values ($1, 0, $2, 'contract.event-recorded.v1', 'contract', '{}'::jsonb)`,
          [stream, contractEvent(0).id],
        );
        await release.promise;
      });
      // ... so the store sees no stream, inserts revision 0 and waits on the unique index.
      const append = store.append(stream, [contractEvent(1)], { expectedRevision: 'no_stream' });
      await waitFor(
        async () =>
          (
            await db.query(
              `select 1 from pg_stat_activity where wait_event = 'transactionid' and query like '%insert into event_store_events%jsonb_array_elements%'`,
            )
          ).rowCount > 0,
        { what: 'the append to wait for the intruder' },
      );
      release.resolve();
      await intruder;
      await expectConflict(append, 0);
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
