import { waitFor } from '@switchboard/testing';
import { EventStoreUnavailable } from '../errors';
import { testEventStore } from '../testing';
import { createKurrentDbEventStore } from './kurrentdb-event-store';

// KurrentDB is optional infrastructure (it cannot run on every developer machine); the contract
// runs against it when KURRENTDB_URL points at a server, e.g. kurrentdb://127.0.0.1:2113?tls=false.
// The test harness, like describeWithServices, is the one place besides config that reads the environment.
const url = process.env['KURRENTDB_URL'];

if (url) {
  testEventStore('KurrentDB', async () => createKurrentDbEventStore(url));
} else {
  console.warn('SKIPPED "KurrentDB event store": KURRENTDB_URL is not set, so the event-store contract did not run against KurrentDB.');
  describe.skip('KurrentDB event store [SKIPPED: KURRENTDB_URL not set]', () => {
    testEventStore('KurrentDB', async () => createKurrentDbEventStore('kurrentdb://127.0.0.1:2113?tls=false'));
  });
}

// Needs no server: what the adapter reports when there is none.
describe('KurrentDB event store without a server', () => {
  it('reports an unreachable server as EventStoreUnavailable, and a subscription failure through onError', async () => {
    const store = createKurrentDbEventStore('kurrentdb://127.0.0.1:1?tls=false');
    try {
      await expect(store.ping()).rejects.toBeInstanceOf(EventStoreUnavailable);
      await expect(store.readStream('customer-acme.c1')).rejects.toBeInstanceOf(EventStoreUnavailable);
      const errors: Error[] = [];
      await store.subscribeToAll({ handler: async () => undefined, onError: (error) => errors.push(error) });
      await waitFor(() => errors.length > 0, { what: 'onError' });
      expect(errors[0]).toBeInstanceOf(EventStoreUnavailable);
    } finally {
      await store.close();
    }
  });
});
