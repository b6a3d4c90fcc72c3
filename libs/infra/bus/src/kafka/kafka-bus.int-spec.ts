import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { deadLetterTopic } from '@switchboard/contracts';
import { describeWithServices, testEndpoints, uniqueSuffix, waitFor } from '@switchboard/testing';
import { Kafka, logLevel } from 'kafkajs';
import type { IHeaders } from 'kafkajs';
import { DeadLetterHeaders } from '../bus';
import type { Bus } from '../bus';
import { BusPublishRejected, BusUnavailable } from '../errors';
import { testBus } from '../testing/bus.contract';
import { recorder, testEvent, testMessages } from '../testing/contract-fixtures';
import { testSealingBus } from '../testing/sealing-bus.contract';
import { createKafkaBus } from './kafka-bus';

// Short fetch waits: subscribe() and stop() on an idle topic take about one fetch wait.
const makeBus = async (): Promise<Bus> =>
  createKafkaBus({ brokers: testEndpoints.kafkaBrokers, clientId: `bus-int-${uniqueSuffix()}`, maxWaitTimeInMs: 200 });

describeWithServices(['kafka'], 'Kafka bus', () => {
  testBus('kafka', makeBus);
  testSealingBus('kafka', makeBus);

  describe('Kafka specifics', () => {
    let bus: Bus;
    const errors: string[] = [];
    beforeAll(async () => {
      const logger = { warn: () => undefined, error: (_fields: object, message: string) => void errors.push(message) };
      bus = createKafkaBus({ brokers: testEndpoints.kafkaBrokers, clientId: `bus-int-${uniqueSuffix()}`, maxWaitTimeInMs: 200, logger });
    });
    afterAll(() => bus.close());

    it('rejects a message the broker refuses for good with BusPublishRejected, not BusUnavailable', async () => {
      const topic = `bus-kafka.too-large.${uniqueSuffix()}`;
      await bus.ensureTopics([topic]);
      const tooLarge = { key: 'k', event: { ...testEvent(0, 'k'), payload: { blob: 'x'.repeat(2 * 1024 * 1024) } } };
      await expect(bus.publish(topic, [tooLarge])).rejects.toBeInstanceOf(BusPublishRejected);
      expect(errors).toContainEqual(expect.stringMatching(/larger than the max message size/));
      await expect(bus.publish(topic, testMessages(1, ['k']))).resolves.toBeUndefined();
    });

    it('dead-letters a value that is not JSON, byte for byte, with the dead-letter headers', async () => {
      const topic = `bus-kafka.garbage.${uniqueSuffix()}`;
      await bus.ensureTopics([topic]);
      const raw = new Kafka({ clientId: 'bus-int-raw', brokers: testEndpoints.kafkaBrokers, logLevel: logLevel.NOTHING });
      const producer = raw.producer();
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: '{not json', headers: { 'x-origin': 'raw' } }] });
      await producer.disconnect();
      await bus.publish(topic, testMessages(1, ['k']));

      const received = recorder();
      const consumer = await bus.subscribe({ groupId: `g-${uniqueSuffix()}`, topics: [topic], handler: received.handler });
      await waitFor(() => received.handled.length >= 1, { timeoutMs: 20000 });
      await consumer.stop();
      expect(received.deliveries).toHaveLength(1);

      const deadLetters: { value: string | undefined; headers: IHeaders | undefined }[] = [];
      const reader = raw.consumer({ groupId: `g-${uniqueSuffix()}`, maxWaitTimeInMs: 200 });
      await reader.connect();
      await reader.subscribe({ topics: [deadLetterTopic(topic)], fromBeginning: true });
      await reader.run({ eachMessage: async ({ message }) => void deadLetters.push({ value: message.value?.toString(), headers: message.headers }) });
      await waitFor(() => deadLetters.length >= 1, { timeoutMs: 20000 });
      await reader.disconnect();

      const [deadLetter] = deadLetters;
      expect(deadLetter?.value).toBe('{not json');
      const header = (name: string) => deadLetter?.headers?.[name]?.toString();
      expect(header('x-origin')).toBe('raw');
      expect(header(DeadLetterHeaders.error)).toMatch(/^InvalidEnvelope: invalid event envelope: value is not JSON/);
      expect(header(DeadLetterHeaders.originalTopic)).toBe(topic);
      expect(header(DeadLetterHeaders.originalOffset)).toBe('0');
      expect(header(DeadLetterHeaders.attempts)).toBe('0');
    });
  });
});

// Needs no broker: it is about what happens when there is none.
describe('Kafka bus without a broker', () => {
  const quiet = { warn: () => undefined, error: () => undefined };
  const unreachable = () => createKafkaBus({ brokers: ['127.0.0.1:1'], clientId: 'bus-int-unreachable', logger: quiet });

  it('rejects a publish with BusUnavailable within seconds', async () => {
    const bus = unreachable();
    const started = Date.now();
    await expect(bus.publish('bus.unreachable', testMessages(1, ['k']))).rejects.toBeInstanceOf(BusUnavailable);
    expect(Date.now() - started).toBeLessThan(10000);
    await bus.close();
  });

  it('rejects a publish with BusUnavailable within ~10 s when the broker accepts connections but never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const bus = createKafkaBus({ brokers: [`127.0.0.1:${port}`], clientId: 'bus-int-silent', logger: quiet });
    try {
      const started = Date.now();
      await expect(bus.publish('bus.silent', testMessages(1, ['k']))).rejects.toBeInstanceOf(BusUnavailable);
      expect(Date.now() - started).toBeLessThan(10500);
      await bus.close();
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('fails ping, ensureTopics and subscribe with BusUnavailable', async () => {
    const bus = unreachable();
    const started = Date.now();
    await expect(bus.ping()).rejects.toBeInstanceOf(BusUnavailable);
    await expect(bus.ensureTopics(['bus.unreachable'])).rejects.toBeInstanceOf(BusUnavailable);
    const subscribing = bus.subscribe({ groupId: 'g', topics: ['bus.unreachable'], handler: async () => undefined });
    await expect(subscribing).rejects.toBeInstanceOf(BusUnavailable);
    expect(Date.now() - started).toBeLessThan(10000);
    await bus.close();
  });
});
