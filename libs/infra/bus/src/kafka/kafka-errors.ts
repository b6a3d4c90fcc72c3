import { describeError } from '../delivery/dead-letter-headers';
import { BusPublishRejected, BusUnavailable } from '../errors';

function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && current.cause !== undefined && current.cause !== current) current = current.cause;
  return current;
}

/**
 * True when the broker itself refused the request for good (message too large, invalid topic, not
 * authorised): a Kafka protocol error marked non-retriable. kafkajs wraps the last error in a
 * "retries exceeded" error, so this is read from the root cause.
 */
function refusedByBroker(error: unknown): boolean {
  const cause = rootCause(error);
  return cause instanceof Error && cause.name === 'KafkaJSProtocolError' && (cause as { retriable?: unknown }).retriable === false;
}

/**
 * A failed publish as the port's errors. Anything but an explicit refusal (connection refused or
 * lost, timeouts, kafkajs' own "broker not connected") is BusUnavailable: retrying later is right.
 */
export function toPublishError(error: unknown, what: string): Error {
  if (error instanceof BusUnavailable || error instanceof BusPublishRejected) return error;
  const message = `${what}: ${describeError(error)}`;
  return refusedByBroker(error) ? new BusPublishRejected(message, { cause: error }) : new BusUnavailable(message, { cause: error });
}

/** Other operations (ping, ensureTopics, subscribe): a refusal is a configuration error and surfaces as is. */
export function toOperationError(error: unknown, what: string): unknown {
  if (error instanceof BusUnavailable || refusedByBroker(error)) return error;
  return new BusUnavailable(`${what}: ${describeError(error)}`, { cause: error });
}

/** Rejects with BusUnavailable when `work` has not settled in `ms`; `work` keeps running, its outcome is ignored. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BusUnavailable(`${what}: no answer within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
