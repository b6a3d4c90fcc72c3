import { deadLetterTopic } from '@switchboard/contracts';
import type { EventEnvelope } from '@switchboard/contracts';
import { uniqueSuffix, waitFor } from '@switchboard/testing';
import { DeadLetterHeaders } from '../bus';
import type { Bus, BusConsumer, SubscribeOptions } from '../bus';
import { delay, idsOf, recorder, seqOf, testEvent, testMessages } from './contract-fixtures';

const WAIT = { timeoutMs: 20000 };
const FAST_RETRY = { maxAttempts: 3, initialBackoffMs: 10 };

/**
 * The Bus contract: every adapter's spec calls this with a factory, and every adapter must pass it
 * unchanged. One bus serves the whole suite; each test has its own topic and consumer groups.
 * Published messages come before subscribing wherever the test allows, because a consumer of a
 * topic that already holds messages starts handling at once instead of idling until the next fetch.
 */
export function testBus(name: string, makeBus: () => Promise<Bus>): void {
  describe(`Bus contract: ${name}`, () => {
    let bus: Bus;
    const running = new Set<BusConsumer>();
    const run = `bus-contract.${uniqueSuffix()}`;
    const topic = (test: string) => `${run}.${test}`;
    const group = (test: string) => `${run}.${test}.${uniqueSuffix()}`;

    const subscribe = async (options: SubscribeOptions): Promise<BusConsumer> => {
      const consumer = await bus.subscribe(options);
      running.add(consumer);
      return consumer;
    };
    const stop = async (consumer: BusConsumer) => {
      running.delete(consumer);
      await consumer.stop();
    };

    const tests = ['round-trip', 'order', 'latest', 'groups', 'split', 'resume', 'redelivery', 'poison', 'invalid', 'drain', 'interrupt', 'race'];

    beforeAll(async () => {
      bus = await makeBus();
      // One call for every topic of the suite: creating topics is the slow part on a broker.
      await bus.ensureTopics(tests.map(topic));
    });

    afterEach(async () => {
      await Promise.all([...running].map(stop));
    });

    afterAll(async () => {
      await bus?.close();
    });

    it('answers ping and creates topics idempotently', async () => {
      await expect(bus.ping()).resolves.toBeUndefined();
      await expect(bus.ensureTopics([topic('round-trip'), topic('order')])).resolves.toBeUndefined();
    });

    it('delivers a published envelope intact, with its key and headers', async () => {
      const event = testEvent(0, 'conversation-1');
      await bus.publish(topic('round-trip'), [{ key: 'conversation-1', event, headers: { 'x-trace-id': 'trace-1' } }]);
      const received = recorder();
      await subscribe({ groupId: group('round-trip'), topics: [topic('round-trip')], handler: received.handler });

      await waitFor(() => received.handled.length >= 1, WAIT);
      const message = received.handled[0];
      expect(message).toMatchObject({ topic: topic('round-trip'), key: 'conversation-1', attempt: 1, headers: { 'x-trace-id': 'trace-1' } });
      expect(message?.event).toEqual(event);
      expect(message?.event).not.toBe(event);
      expect(Number.isInteger(message?.partition)).toBe(true);
      expect(message?.offset).toMatch(/^\d+$/);
    });

    it('keeps per-key order across batches of interleaved keys', async () => {
      const keys = ['a', 'b', 'c', 'd', 'e'];
      const messages = testMessages(200, keys);
      for (let i = 0; i < messages.length; i += 50) await bus.publish(topic('order'), messages.slice(i, i + 50));
      const received = recorder();
      await subscribe({ groupId: group('order'), topics: [topic('order')], handler: received.handler });

      await waitFor(() => received.handled.length >= messages.length, WAIT);
      for (const key of keys) {
        expect(received.handledSeqs(key)).toEqual(messages.filter((message) => message.key === key).map(seqOf));
      }
    });

    it('starts a new group at the end of the topic when fromBeginning is false', async () => {
      await bus.publish(topic('latest'), testMessages(3, ['k']));
      const received = recorder();
      await subscribe({ groupId: group('latest'), topics: [topic('latest')], handler: received.handler, fromBeginning: false });
      await bus.publish(topic('latest'), testMessages(1, ['k'], 3));

      // Same key, same partition: had the old messages been delivered, they would have come first.
      await waitFor(() => received.handled.length >= 1, WAIT);
      expect(received.handledSeqs()).toEqual([3]);
    });

    it('gives every consumer group every message', async () => {
      const messages = testMessages(20, ['k1', 'k2', 'k3', 'k4']);
      await bus.publish(topic('groups'), messages);
      const first = recorder();
      const second = recorder();
      await Promise.all([
        subscribe({ groupId: group('groups'), topics: [topic('groups')], handler: first.handler }),
        subscribe({ groupId: group('groups'), topics: [topic('groups')], handler: second.handler }),
      ]);

      await waitFor(() => first.handled.length >= 20 && second.handled.length >= 20, WAIT);
      expect(first.handledIds()).toEqual(idsOf(messages));
      expect(second.handledIds()).toEqual(idsOf(messages));
    });

    it('splits the partitions among the consumers of one group', async () => {
      const groupId = group('split');
      const first = recorder();
      const second = recorder();
      await Promise.all([
        subscribe({ groupId, topics: [topic('split')], handler: first.handler }),
        subscribe({ groupId, topics: [topic('split')], handler: second.handler }),
      ]);
      const messages = testMessages(48, Array.from({ length: 16 }, (_, i) => `key-${i}`));
      await bus.publish(topic('split'), messages);

      await waitFor(() => first.handled.length + second.handled.length >= messages.length, WAIT);
      expect(first.handled.length).toBeGreaterThan(0);
      expect(second.handled.length).toBeGreaterThan(0);
      expect(new Set([...first.handledIds(), ...second.handledIds()])).toEqual(idsOf(messages));
      const partitionsOf = (messages: typeof first.handled) => new Set(messages.map((message) => message.partition));
      const shared = [...partitionsOf(first.handled)].filter((partition) => partitionsOf(second.handled).has(partition));
      expect(shared).toEqual([]);
    });

    it("resumes a group from its committed offsets after the group's consumer stopped", async () => {
      const groupId = group('resume');
      const keys = ['k1', 'k2', 'k3'];
      const before = testMessages(10, keys);
      await bus.publish(topic('resume'), before);
      const first = recorder();
      const firstConsumer = await subscribe({ groupId, topics: [topic('resume')], handler: first.handler });
      await waitFor(() => first.handled.length >= before.length, WAIT);
      await stop(firstConsumer);

      const after = testMessages(10, keys, 10);
      await bus.publish(topic('resume'), after);
      const second = recorder();
      await subscribe({ groupId, topics: [topic('resume')], handler: second.handler });

      // Same keys: a redelivered old message would precede the new ones of its partition.
      await waitFor(() => second.handled.length >= after.length, WAIT);
      expect(second.handledIds()).toEqual(idsOf(after));
      expect(second.handled).toHaveLength(after.length);
    });

    it('delivers a message again after its handler failed, and later messages still arrive', async () => {
      const messages = testMessages(6, ['k']);
      await bus.publish(topic('redelivery'), messages);
      const received = recorder((message) => {
        if (seqOf(message) === 3 && message.attempt === 1) throw new Error('transient failure');
      });
      await subscribe({ groupId: group('redelivery'), topics: [topic('redelivery')], handler: received.handler, retry: FAST_RETRY });

      await waitFor(() => received.handled.length >= messages.length, WAIT);
      expect(received.handledSeqs()).toEqual([0, 1, 2, 3, 4, 5]);
      expect(received.deliveries.filter((message) => seqOf(message) === 3).map((message) => message.attempt)).toEqual([1, 2]);
    });

    it('dead-letters a poison message with the dead-letter headers after maxAttempts, and keeps its partition moving', async () => {
      const messages = testMessages(5, ['k']).map((message) => ({ ...message, headers: { 'x-origin': 'contract' } }));
      await bus.publish(topic('poison'), messages);
      const received = recorder((message) => {
        if (seqOf(message) === 2) throw new Error('poison message 2');
      });
      const deadLetters = recorder();
      await Promise.all([
        subscribe({ groupId: group('poison'), topics: [topic('poison')], handler: received.handler, retry: FAST_RETRY }),
        subscribe({ groupId: group('poison-dlq'), topics: [deadLetterTopic(topic('poison'))], handler: deadLetters.handler }),
      ]);

      await waitFor(() => received.handled.length >= 4 && deadLetters.handled.length >= 1, WAIT);
      expect(received.handledSeqs()).toEqual([0, 1, 3, 4]);
      const poison = received.deliveries.filter((message) => seqOf(message) === 2);
      expect(poison.map((message) => message.attempt)).toEqual([1, 2, 3]);
      const [deadLetter] = deadLetters.handled;
      expect(deadLetter?.event).toEqual(messages[2]?.event);
      expect(deadLetter?.key).toBe('k');
      expect(deadLetter?.headers).toEqual({
        'x-origin': 'contract',
        [DeadLetterHeaders.error]: 'Error: poison message 2',
        [DeadLetterHeaders.originalTopic]: topic('poison'),
        [DeadLetterHeaders.originalPartition]: String(poison[0]?.partition),
        [DeadLetterHeaders.originalOffset]: poison[0]?.offset,
        [DeadLetterHeaders.attempts]: '3',
      });
    });

    it('never hands a message that is not a valid envelope to the handler, and keeps its partition moving', async () => {
      const valid = testMessages(2, ['k']);
      const broken = { ...testEvent(99, 'k'), type: 'Not A Versioned Type' } as EventEnvelope;
      await bus.publish(topic('invalid'), [...valid.slice(0, 1), { key: 'k', event: broken }, ...valid.slice(1)]);
      const received = recorder();
      await subscribe({ groupId: group('invalid'), topics: [topic('invalid')], handler: received.handler, retry: FAST_RETRY });

      await waitFor(() => received.handled.length >= 2, WAIT);
      expect(received.deliveries.map(seqOf)).toEqual([0, 1]);
    });

    it('stop() lets the in-flight handler finish and commits its offset', async () => {
      const groupId = group('drain');
      await bus.publish(topic('drain'), testMessages(3, ['k']));
      let finishedSlowWork = false;
      const first = recorder(async (message) => {
        if (seqOf(message) !== 1) return;
        await delay(300); // slow work: a stop() that does not wait for it resolves first
        finishedSlowWork = true;
      });
      const firstConsumer = await subscribe({ groupId, topics: [topic('drain')], handler: first.handler });
      await waitFor(() => first.deliveries.some((message) => seqOf(message) === 1), WAIT);

      await stop(firstConsumer);
      expect(finishedSlowWork).toBe(true);
      expect(first.handledSeqs()).toEqual([0, 1]);

      await bus.publish(topic('drain'), testMessages(1, ['k'], 3));
      const second = recorder();
      await subscribe({ groupId, topics: [topic('drain')], handler: second.handler });
      await waitFor(() => second.handled.some((message) => seqOf(message) === 3), WAIT);
      expect(second.handledSeqs()).toEqual([2, 3]);
    });

    it('stop() cuts a retry backoff short and leaves that message to the next consumer of the group', async () => {
      const groupId = group('interrupt');
      await bus.publish(topic('interrupt'), testMessages(2, ['k']));
      const first = recorder(() => {
        throw new Error('down for now');
      });
      const firstConsumer = await subscribe({ groupId, topics: [topic('interrupt')], handler: first.handler, retry: { maxAttempts: 5, initialBackoffMs: 60000 } });
      await waitFor(() => first.deliveries.length >= 1, WAIT);

      const startedStopping = Date.now();
      await stop(firstConsumer);
      expect(Date.now() - startedStopping).toBeLessThan(15000);
      expect(first.deliveries.map((message) => message.attempt)).toEqual([1]);

      const second = recorder();
      await subscribe({ groupId, topics: [topic('interrupt')], handler: second.handler });
      await waitFor(() => second.handled.length >= 2, WAIT);
      expect(second.handledSeqs()).toEqual([0, 1]);
      expect(second.handled[0]?.attempt).toBe(1);
    });

    it('loses nothing when two publishers race', async () => {
      const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];
      const batches = (firstSeq: number) => Array.from({ length: 10 }, (_, i) => testMessages(10, keys, firstSeq + i * 10));
      const publisherA = batches(0);
      const publisherB = batches(100);
      // Every publish of both publishers in flight at once.
      await Promise.all([...publisherA, ...publisherB].map((batch) => bus.publish(topic('race'), batch)));
      const received = recorder();
      await subscribe({ groupId: group('race'), topics: [topic('race')], handler: received.handler });

      const published = idsOf([...publisherA, ...publisherB].flat());
      await waitFor(() => received.handledIds().size >= published.size, WAIT);
      expect(received.handledIds()).toEqual(published);
    });
  });
}
