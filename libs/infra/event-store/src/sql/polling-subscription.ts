import type { ReadAllOptions, RecordedEvent, SubscribeToAllOptions, Subscription } from '../event-store';
import { asError, reportSubscriptionFailure } from '../report-subscription-failure';
import type { WakeUp } from './wake-up';

export interface PollingSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  readCheckpoint(subscriberId: string): Promise<number | null>;
  saveCheckpoint(subscriberId: string, position: number): Promise<void>;
  readonly wakeUp: WakeUp;
  readonly pollIntervalMs: number;
  readonly batchSize: number;
}

/**
 * Catch-up subscription by paging through `all` after the last handled position, then sleeping
 * until woken or the poll interval passes. Reading after a position is safe because `readAll` only
 * answers positions nothing can overtake any more (see `sql-reads.ts`). One handler call at a time, in order.
 */
export async function startPollingSubscription(source: PollingSource, options: SubscribeToAllOptions): Promise<Subscription> {
  const { subscriberId, handler } = options;
  // A saved checkpoint wins over `after`: `after` only says where a new subscriber begins.
  const checkpoint = subscriberId === undefined ? null : await source.readCheckpoint(subscriberId);
  let cursor = checkpoint ?? options.after ?? 0;
  let lastPosition = 0;
  let stopped = false;

  const handle = async (event: RecordedEvent) => {
    await handler(event);
    cursor = event.position;
    lastPosition = event.position;
    if (subscriberId !== undefined) await source.saveCheckpoint(subscriberId, event.position);
  };

  const loop = async () => {
    while (!stopped) {
      const seen = source.wakeUp.generation;
      const page = await source.readAll({ after: cursor, maxCount: source.batchSize });
      for (const event of page) {
        if (stopped) return;
        await handle(event);
      }
      if (page.length < source.batchSize && !stopped) await source.wakeUp.wait(source.pollIntervalMs, seen);
    }
  };

  const running = loop().catch((error: unknown) => {
    stopped = true;
    reportSubscriptionFailure(options, asError(error));
  });

  return {
    get lastPosition() {
      return lastPosition;
    },
    async stop() {
      stopped = true;
      source.wakeUp.signal();
      await running;
    },
  };
}
