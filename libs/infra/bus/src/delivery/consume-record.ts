import { InvalidEnvelope } from '@switchboard/contracts';
import type { EventEnvelope } from '@switchboard/contracts';
import type { MessageHandler, RetryPolicy } from '../bus';
import { deadLetterHeaders } from './dead-letter-headers';
import { deliverWithRetries } from './deliver-with-retries';
import type { KeepAlive } from './deliver-with-retries';
import { decodeEnvelope } from './envelope-codec';
import type { StopSignal } from './stop-signal';

/** A message as an adapter read it, before it is known to hold a valid envelope. */
export interface RawRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly value: string | null;
  readonly headers: Readonly<Record<string, string>>;
}

export interface ConsumeOptions {
  readonly handler: MessageHandler;
  readonly retry: Required<RetryPolicy>;
  readonly stopSignal: StopSignal;
  readonly keepAlive?: KeepAlive;
  /** Publishes the original message to the dead-letter topic with these headers; must resolve only when durable. */
  readonly deadLetter: (headers: Record<string, string>) => Promise<void>;
}

/**
 * One message through the consumer semantics shared by every adapter: decode, handle with retries,
 * dead-letter what cannot be handled (at once, without retries, what is not an envelope or what the
 * handler rejects as unusable). 'commit' means the offset may now be committed (handled or
 * durably dead-lettered); 'interrupted' means the consumer stopped mid-retry and the offset must stay.
 * A failing dead-letter publish rejects, which also leaves the offset uncommitted (redelivery).
 */
export async function consumeRecord(record: RawRecord, options: ConsumeOptions): Promise<'commit' | 'interrupted'> {
  const { topic, partition, offset, key, headers } = record;
  let event: EventEnvelope;
  try {
    event = decodeEnvelope(record.value);
  } catch (error) {
    if (!(error instanceof InvalidEnvelope)) throw error;
    // Never retriable: no handler can make sense of it, so it goes straight to the dead-letter topic.
    await options.deadLetter(deadLetterHeaders(headers, { error, topic, partition, offset, attempts: 0 }));
    return 'commit';
  }
  const outcome = await deliverWithRetries({ topic, partition, offset, key, event, headers }, options);
  switch (outcome.kind) {
    case 'handled':
      return 'commit';
    case 'exhausted':
      await options.deadLetter(deadLetterHeaders(headers, { error: outcome.error, topic, partition, offset, attempts: outcome.attempts }));
      return 'commit';
    case 'rejected':
      // What the handler was meant to see never reached it (e.g. a sealed message that does not open).
      await options.deadLetter(deadLetterHeaders(headers, { error: outcome.error, topic, partition, offset, attempts: 0 }));
      return 'commit';
    case 'interrupted':
      return 'interrupted';
    default: {
      const _exhaustive: never = outcome;
      return _exhaustive;
    }
  }
}
