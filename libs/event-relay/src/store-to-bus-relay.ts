import { Topics } from '@switchboard/contracts';
import type { Bus } from '@switchboard/infra-bus';
import type { EventStore, RecordedEvent, Subscription } from '@switchboard/infra-event-store';

export const RELAY_SUBSCRIBER_ID = 'relay.domain-events';

/** Headers that let a consumer place a relayed event in the store without reading it. */
export const RelayHeaders = { streamId: 'x-stream-id', revision: 'x-stream-revision', position: 'x-store-position' } as const;

export interface RelayOptions {
  /** Wait before resubscribing after the bus or the store failed. Default 1 s. */
  readonly retryDelayMs?: number;
  readonly onError?: (error: Error) => void;
  readonly onRelayed?: (event: RecordedEvent) => void;
}

export interface RunningRelay {
  /** Position of the last event the bus acknowledged. */
  readonly lastPosition: number;
  stop(): Promise<void>;
}

/**
 * Starts relaying. A failure (bus down) stops the subscription without checkpointing the failed
 * event; the relay resubscribes after a delay and retries from its checkpoint.
 */
export async function startStoreToBusRelay(store: EventStore, bus: Bus, options: RelayOptions = {}): Promise<RunningRelay> {
  await bus.ensureTopics([Topics.domainEvents]);
  let subscription: Subscription | null = null;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const relay = async (recorded: RecordedEvent) => {
    await bus.publish(Topics.domainEvents, [
      {
        key: recorded.streamId,
        event: recorded.event,
        headers: {
          [RelayHeaders.streamId]: recorded.streamId,
          [RelayHeaders.revision]: String(recorded.revision),
          [RelayHeaders.position]: String(recorded.position),
        },
      },
    ]);
    options.onRelayed?.(recorded);
  };

  const subscribe = async (): Promise<void> => {
    if (stopped) return;
    subscription = await store.subscribeToAll({
      subscriberId: RELAY_SUBSCRIBER_ID,
      handler: relay,
      onError: (error) => {
        options.onError?.(error);
        if (stopped) return;
        retryTimer = setTimeout(() => void subscribe().catch((failure: Error) => options.onError?.(failure)), options.retryDelayMs ?? 1000);
      },
    });
  };

  await subscribe();
  return {
    get lastPosition() {
      return subscription?.lastPosition ?? 0;
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      await subscription?.stop();
    },
  };
}
