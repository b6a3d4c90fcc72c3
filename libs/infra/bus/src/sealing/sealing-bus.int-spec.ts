import { deadLetterTopic } from '@switchboard/contracts';
import { describeWithServices, testEndpoints, uniqueSuffix, waitFor } from '@switchboard/testing';
import { Kafka, logLevel } from 'kafkajs';
import type { Bus } from '../bus';
import { DeadLetterHeaders } from '../bus';
import { createKafkaBus } from '../kafka/kafka-bus';
import { recorder } from '../testing/contract-fixtures';
import { OTHER_SECRET, PERSONAL, SEALING_SECRET, personalIn, personalMessage } from '../testing/sealing-fixtures';
import { createSealingBus } from './sealing-bus';

interface RawRecord {
  readonly key: string;
  readonly value: string;
  readonly headers: Record<string, string>;
}

/** Every record of `topic` as the broker holds it, read by a bare kafkajs consumer (no bus, no secret). */
async function readRaw(topic: string, count: number): Promise<RawRecord[]> {
  const raw = new Kafka({ clientId: `sealing-raw-${uniqueSuffix()}`, brokers: testEndpoints.kafkaBrokers, logLevel: logLevel.NOTHING });
  const reader = raw.consumer({ groupId: `raw-${uniqueSuffix()}`, maxWaitTimeInMs: 200 });
  const records: RawRecord[] = [];
  await reader.connect();
  try {
    await reader.subscribe({ topics: [topic], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
        records.push({ key: message.key?.toString('utf8') ?? '', value: message.value?.toString('utf8') ?? '', headers });
      },
    });
    await waitFor(() => records.length >= count, { timeoutMs: 20000, what: `${count} raw records on ${topic}` });
  } finally {
    await reader.disconnect();
  }
  return records;
}

describeWithServices(['kafka'], 'sealing bus on Kafka: what the broker holds', () => {
  const makeKafka = () => createKafkaBus({ brokers: testEndpoints.kafkaBrokers, clientId: `sealing-int-${uniqueSuffix()}`, maxWaitTimeInMs: 200 });
  let bus: Bus;
  let stranger: Bus;

  beforeAll(() => {
    bus = createSealingBus(makeKafka(), SEALING_SECRET);
    stranger = createSealingBus(makeKafka(), OTHER_SECRET);
  });
  afterAll(async () => {
    await Promise.all([bus.close(), stranger.close()]);
  });

  it('keeps the text, the number and the thread key off the topic, while a subscriber gets the original envelope', async () => {
    const topic = `sealing.channel-events.${uniqueSuffix()}`;
    await bus.ensureTopics([topic]);
    const message = personalMessage();
    await bus.publish(topic, [message]);

    const [record] = await readRaw(topic, 1);
    expect(personalIn(`${record?.key}\n${record?.value}\n${JSON.stringify(record?.headers)}`)).toEqual([]);
    expect(record?.value).not.toContain('Jane');
    expect(JSON.parse(record?.value ?? '{}')).toMatchObject({ id: message.event.id, type: 'message.received.v1', tenantId: 'demo', payload: { sealed: expect.stringMatching(/^v1\./) } });

    const received = recorder();
    const consumer = await bus.subscribe({ groupId: `g-${uniqueSuffix()}`, topics: [topic], handler: received.handler });
    await waitFor(() => received.handled.length >= 1, { timeoutMs: 20000 });
    await consumer.stop();
    expect(received.handled[0]).toMatchObject({ key: PERSONAL.threadKey, event: message.event, headers: { 'x-trace-id': 'trace-1' } });
  });

  it('dead-letters, sealed and with the reason, what a process with another BUS_SECRET published', async () => {
    const topic = `sealing.foreign.${uniqueSuffix()}`;
    await bus.ensureTopics([topic]);
    const foreign = personalMessage();
    await stranger.publish(topic, [foreign]);
    const received = recorder();
    const consumer = await bus.subscribe({ groupId: `g-${uniqueSuffix()}`, topics: [topic], handler: received.handler });

    const [deadLetter] = await readRaw(deadLetterTopic(topic), 1);
    await consumer.stop();
    expect(received.deliveries).toEqual([]);
    expect(deadLetter?.headers[DeadLetterHeaders.error]).toMatch(/^SealedMessageUnreadable: sealed message cannot be opened: sealed with bus key [0-9a-f]{8}, which this BUS_SECRET \(key [0-9a-f]{8}\) does not open$/);
    expect(deadLetter?.headers[DeadLetterHeaders.attempts]).toBe('0');
    expect(personalIn(`${deadLetter?.key}\n${deadLetter?.value}`)).toEqual([]);
  });
});
