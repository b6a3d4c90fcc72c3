import { deadLetterTopic } from '@switchboard/contracts';
import { uniqueSuffix, waitFor } from '@switchboard/testing';
import { DeadLetterHeaders } from '../bus';
import type { Bus, BusConsumer } from '../bus';
import { createEnvelopeSealer } from '../sealing/envelope-sealer';
import { createSealingBus } from '../sealing/sealing-bus';
import { testBus } from './bus.contract';
import { recorder, testEvent } from './contract-fixtures';
import { OTHER_SECRET, SEALING_SECRET, personalIn, personalMessage, withFlippedCiphertextBit } from './sealing-fixtures';

const WAIT = { timeoutMs: 20000 };

/**
 * The sealing decorator over one adapter: the whole Bus contract, unchanged, through it; then what
 * the adapter itself carries (read through the bare inner bus) and what happens to a message that
 * does not open. Every adapter's spec calls it, as it calls `testBus`.
 */
export function testSealingBus(name: string, makeInner: () => Promise<Bus>): void {
  testBus(`${name}, sealed`, async () => createSealingBus(await makeInner(), SEALING_SECRET));

  describe(`sealing bus over ${name}`, () => {
    let inner: Bus;
    let bus: Bus;
    const running: BusConsumer[] = [];
    const topic = (test: string) => `sealing.${test}.${uniqueSuffix()}`;
    const track = async (consumer: Promise<BusConsumer>) => void running.push(await consumer);

    beforeAll(async () => {
      inner = await makeInner();
      bus = createSealingBus(inner, SEALING_SECRET);
    });
    afterEach(async () => {
      await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
    });
    afterAll(() => inner.close());

    it('carries nothing personal on the adapter, and hands subscribers the original envelope', async () => {
      const wire = topic('wire');
      await bus.ensureTopics([wire]);
      const message = personalMessage();
      await bus.publish(wire, [message]);
      const raw = recorder();
      const opened = recorder();
      await track(inner.subscribe({ groupId: `raw-${uniqueSuffix()}`, topics: [wire], handler: raw.handler }));
      await track(bus.subscribe({ groupId: `opened-${uniqueSuffix()}`, topics: [wire], handler: opened.handler }));

      await waitFor(() => raw.handled.length >= 1 && opened.handled.length >= 1, WAIT);
      const [carried] = raw.handled;
      expect(personalIn(JSON.stringify({ key: carried?.key, event: carried?.event, headers: carried?.headers }))).toEqual([]);
      expect(carried?.event.id).toBe(message.event.id);
      expect(opened.handled[0]).toMatchObject({ key: message.key, event: message.event, headers: message.headers, attempt: 1 });
    });

    it('dead-letters at once, with the reason, a message sealed with another secret, altered, or not sealed; its partition moves on', async () => {
      const poisoned = topic('unreadable');
      await bus.ensureTopics([poisoned]);
      const sealer = createEnvelopeSealer(SEALING_SECRET);
      const message = personalMessage();
      const key = sealer.seal(message).key;
      // All under one hashed key, so in one partition: the message after them must still be delivered.
      const foreign = { ...createEnvelopeSealer(OTHER_SECRET).seal(personalMessage()), key };
      const altered = { key, event: withFlippedCiphertextBit(sealer.seal(personalMessage()).event) };
      const plain = { key, event: testEvent(0, 'k') };
      await inner.publish(poisoned, [foreign, altered, plain]);
      await bus.publish(poisoned, [message]);

      const received = recorder();
      const deadLetters = recorder();
      await track(bus.subscribe({ groupId: `g-${uniqueSuffix()}`, topics: [poisoned], handler: received.handler, retry: { maxAttempts: 3, initialBackoffMs: 10 } }));
      await track(inner.subscribe({ groupId: `dlq-${uniqueSuffix()}`, topics: [deadLetterTopic(poisoned)], handler: deadLetters.handler }));

      await waitFor(() => received.handled.length >= 1 && deadLetters.handled.length >= 3, WAIT);
      expect(received.deliveries.map((delivery) => delivery.event)).toEqual([message.event]);
      const reasonOf = (id: string) => deadLetters.handled.find((deadLetter) => deadLetter.event.id === id)?.headers[DeadLetterHeaders.error];
      expect(reasonOf(foreign.event.id)).toMatch(/^SealedMessageUnreadable: sealed message cannot be opened: sealed with bus key [0-9a-f]{8}, which this BUS_SECRET/);
      expect(reasonOf(altered.event.id)).toMatch(/^SealedMessageUnreadable: sealed message cannot be opened: it does not authenticate/);
      expect(reasonOf(plain.event.id)).toMatch(/^SealedMessageUnreadable: sealed message cannot be opened: the message is not sealed/);
      for (const deadLetter of deadLetters.handled) {
        expect(deadLetter.headers[DeadLetterHeaders.attempts]).toBe('0');
        expect(deadLetter.headers[DeadLetterHeaders.originalTopic]).toBe(poisoned);
        expect(deadLetter.key).toBe(key);
      }
      // Dead letters hold the messages as they travelled: still sealed.
      expect(personalIn(JSON.stringify(deadLetters.handled.map((deadLetter) => deadLetter.event)))).toEqual([]);
    });
  });
}
