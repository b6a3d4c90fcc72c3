import type { EventStore } from '../event-store';
import { describeAppendAndReadStream } from './append.contract';
import { describeConcurrency } from './concurrency.contract';
import { describeExpectedRevision } from './expected-revision.contract';
import { describeGlobalOrder } from './global-order.contract';
import { describeReadAll } from './read-all.contract';
import { describeSubscriptions } from './subscription.contract';

/**
 * The one contract every EventStore adapter's spec runs. One store per run (closed at the end);
 * every test uses its own streams and subscriber ids and reads `all` only after the head it saw
 * first, so the store may hold other events. The store must not be written to by anyone else
 * while the suite runs (the paging test counts what comes after the head).
 */
export function testEventStore(name: string, makeStore: () => Promise<EventStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let current: EventStore | undefined;
    const store = (): EventStore => {
      if (!current) throw new Error('the store under test was not created (see beforeAll)');
      return current;
    };
    beforeAll(async () => {
      current = await makeStore();
    });
    afterAll(async () => {
      await current?.close();
    });

    describeAppendAndReadStream(store);
    describeExpectedRevision(store);
    describeConcurrency(store);
    describeGlobalOrder(store);
    describeReadAll(store);
    describeSubscriptions(store);
  });
}
