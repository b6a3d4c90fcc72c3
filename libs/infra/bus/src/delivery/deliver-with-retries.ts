import type { ConsumedMessage, MessageHandler, RetryPolicy } from '../bus';
import { MessageRejected } from './message-rejected';
import type { StopSignal } from './stop-signal';

export type DeliveryOutcome =
  | { readonly kind: 'handled' }
  | { readonly kind: 'exhausted'; readonly error: unknown; readonly attempts: number }
  /** The message can never be handled ({@link MessageRejected}): dead-letter it now, no retries. */
  | { readonly kind: 'rejected'; readonly error: unknown }
  /** The consumer was stopped between attempts: leave the message uncommitted. */
  | { readonly kind: 'interrupted' };

/** Kafka drops a consumer that stays silent for its session timeout, backoffs included. */
export interface KeepAlive {
  readonly everyMs: number;
  /** May reject (e.g. the group is rebalancing): the delivery then rejects and the message stays uncommitted. */
  beat(): Promise<void>;
}

export interface DeliveryOptions {
  readonly handler: MessageHandler;
  readonly retry: Required<RetryPolicy>;
  readonly stopSignal: StopSignal;
  readonly keepAlive?: KeepAlive;
}

/** Calls the handler until it resolves or `maxAttempts` is reached, doubling the backoff each time; a rejection ends it at once. */
export async function deliverWithRetries(message: Omit<ConsumedMessage, 'attempt'>, options: DeliveryOptions): Promise<DeliveryOutcome> {
  const { maxAttempts, initialBackoffMs } = options.retry;
  for (let attempt = 1; ; attempt++) {
    try {
      await options.handler({ ...message, attempt });
      return { kind: 'handled' };
    } catch (error) {
      if (error instanceof MessageRejected) return { kind: 'rejected', error: error.reason };
      if (attempt >= maxAttempts) return { kind: 'exhausted', error, attempts: attempt };
    }
    const waited = await backoff(initialBackoffMs * 2 ** (attempt - 1), options);
    if (!waited) return { kind: 'interrupted' };
  }
}

/** Sleeps in slices no longer than the keep-alive interval, beating before each; false if stopped meanwhile. */
async function backoff(ms: number, options: DeliveryOptions): Promise<boolean> {
  let remaining = ms;
  do {
    if (options.stopSignal.stopped) return false;
    await options.keepAlive?.beat();
    const slice = Math.min(remaining, options.keepAlive?.everyMs ?? remaining);
    if (!(await options.stopSignal.sleep(slice))) return false;
    remaining -= slice;
  } while (remaining > 0);
  return true;
}
