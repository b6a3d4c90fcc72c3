import { excludeSystemEvents, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { SubscribeToAllOptions, Subscription } from '../event-store';
import { asError, reportSubscriptionFailure } from '../report-subscription-failure';
import { limitCheckpointStream, readCheckpoint, saveCheckpoint } from './kurrentdb-checkpoints';
import { readPositionAfter, toRecordedEvent, toStoreError } from './kurrentdb-mapping';

/** Tells a handler's own failure (reported as it is) apart from the store's (mapped to the port's errors). */
class HandlerFailed {
  constructor(readonly error: Error) {}
}

/**
 * A catch-up subscription to `$all` without system events. Events are handled one at a time:
 * iterating the client's stream with `for await` pulls the next event only after the handler
 * (and the checkpoint) finished, so the stream's buffer applies back-pressure.
 */
export async function startKurrentDbSubscription(client: KurrentDBClient, options: SubscribeToAllOptions): Promise<Subscription> {
  const { subscriberId, handler } = options;
  // A saved checkpoint wins over `after`: `after` only says where a new subscriber begins.
  const checkpoint = subscriberId === undefined ? null : await readCheckpoint(client, subscriberId);
  if (subscriberId !== undefined && checkpoint === null) await limitCheckpointStream(client, subscriberId);
  const start = checkpoint ?? options.after ?? 0;
  const source = client.subscribeToAll({ fromPosition: readPositionAfter(start), filter: excludeSystemEvents() });
  // Errors while iterating reach the loop through the iterator; this only keeps an error emitted
  // after the loop ended (e.g. the cancellation caused by stop()) from crashing the process.
  source.on('error', () => undefined);

  let stopped = false;
  let lastPosition = 0;
  let unsubscribed: Promise<void> | undefined;
  const unsubscribe = () => (unsubscribed ??= source.unsubscribe().catch(() => undefined));

  const loop = async () => {
    for await (const resolved of source) {
      if (stopped) return;
      const event = toRecordedEvent(resolved);
      if (!event || event.position <= start) continue;
      try {
        await handler(event);
      } catch (error) {
        throw new HandlerFailed(asError(error));
      }
      lastPosition = event.position;
      if (subscriberId !== undefined) await saveCheckpoint(client, subscriberId, event.position);
    }
  };

  const running = loop()
    .catch((error: unknown) => {
      // After stop(), the cancelled stream may end the iteration with an error: that is the stop, not a failure.
      if (stopped) return;
      stopped = true;
      reportSubscriptionFailure(options, error instanceof HandlerFailed ? error.error : toStoreError(error, 'deliver events'));
    })
    .finally(unsubscribe);

  return {
    get lastPosition() {
      return lastPosition;
    },
    async stop() {
      stopped = true;
      await unsubscribe();
      await running;
    },
  };
}
