import { createEnvelope, systemEnvelopeContext } from '@switchboard/contracts';
import type { EventEnvelope } from '@switchboard/contracts';
import type { ConsumedMessage, MessageHandler, OutgoingMessage } from '../bus';

export interface TestPayload extends Record<string, unknown> {
  readonly seq: number;
  readonly key: string;
}

/** A valid envelope whose payload says which message of a test it is. */
export function testEvent(seq: number, key: string): EventEnvelope<string, TestPayload> {
  return createEnvelope(
    { type: 'bus.contract-message.published.v1', tenantId: 'bus-contract', source: { channel: 'system', provider: 'bus-contract' }, payload: { seq, key } },
    systemEnvelopeContext,
  );
}

/** `count` messages, the i-th with seq i and key `keys[i % keys.length]`. */
export function testMessages(count: number, keys: readonly string[], firstSeq = 0): OutgoingMessage[] {
  return Array.from({ length: count }, (_, i) => {
    const key = keys[i % keys.length] ?? String(i);
    return { key, event: testEvent(firstSeq + i, key) };
  });
}

export const seqOf = (message: ConsumedMessage | OutgoingMessage): number => (message.event.payload as TestPayload).seq;

/** Records every delivery; `behaviour` runs first and may throw to fail that attempt. */
export interface Recorder {
  readonly deliveries: ConsumedMessage[];
  /** Deliveries whose handler resolved, in order. */
  readonly handled: ConsumedMessage[];
  readonly handler: MessageHandler;
  handledSeqs(key?: string): number[];
  handledIds(): Set<string>;
}

export function recorder(behaviour: (message: ConsumedMessage) => Promise<void> | void = () => undefined): Recorder {
  const deliveries: ConsumedMessage[] = [];
  const handled: ConsumedMessage[] = [];
  return {
    deliveries,
    handled,
    handler: async (message) => {
      deliveries.push(message);
      await behaviour(message);
      handled.push(message);
    },
    handledSeqs: (key) => handled.filter((message) => key === undefined || message.key === key).map(seqOf),
    handledIds: () => new Set(handled.map((message) => message.event.id)),
  };
}

export const idsOf = (messages: readonly OutgoingMessage[]): Set<string> => new Set(messages.map((message) => message.event.id));

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
