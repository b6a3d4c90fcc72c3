import { describeWithServices } from '@switchboard/testing';
import { DedicatedKafka } from '../testing/dedicated-kafka';
import { startIngestionTestApp, type IngestionTestApp } from '../testing/ingestion-test-app';
import { generic } from '../testing/provider-fixtures';
import { TopicReader } from '../testing/topic-reader';
import { sendWebhook } from '../testing/webhook-call';

interface Delivery {
  readonly id: string;
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly startedAt: number;
  /** Kept so a failure says what was answered instead of a 503. */
  readonly body: string;
}

const call = (id: string) =>
  generic.genericRequest(Buffer.from(JSON.stringify({ id, type: 'message', from: { kind: 'phone', value: '+442079460958' }, text: `message ${id}` })), new Date());

// The whole story takes two broker starts on a small machine: give it room.
jest.setTimeout(300_000);

describeWithServices(['kafka'], 'webhooks while Kafka is down', () => {
  let kafka: DedicatedKafka;
  let app: IngestionTestApp;

  beforeAll(async () => {
    kafka = await DedicatedKafka.create();
    await kafka.start();
    app = await startIngestionTestApp({ env: { KAFKA_BROKERS: kafka.brokers.join(',') } });
  });
  afterAll(async () => {
    await app?.close();
    await kafka?.destroy();
  });

  const deliver = async (id: string): Promise<Delivery> => {
    const startedAt = Date.now();
    const answer = await sendWebhook(app, call(id));
    return { id, status: answer.status, retryAfter: answer.headers['retry-after'], startedAt, body: answer.text };
  };
  const idOf = (event: { source: { providerEventId?: string } }) => event.source.providerEventId ?? '';

  it('answers 503 while the bus is down, and never 200 without the event on the bus', async () => {
    const before = await TopicReader.start(app.topics.channelEvents, kafka.brokers);

    // Up: every webhook is accepted and on the bus.
    const up = await Promise.all(Array.from({ length: 10 }, (_, n) => deliver(`up-${n}`)));
    expect(up.map((delivery) => delivery.status)).toEqual(Array(10).fill(200));
    await before.waitFor((events) => up.every((delivery) => events.some((event) => idOf(event) === delivery.id)), 'the accepted events');

    // Webhooks keep arriving while the broker stops and stays down.
    const during: Delivery[] = [];
    let sending = true;
    let n = 0;
    const senders = Array.from({ length: 3 }, async () => {
      while (sending) during.push(await deliver(`during-${n++}`));
    });
    await kafka.stop();
    const stoppedAt = Date.now();
    while (during.filter((delivery) => delivery.startedAt > stoppedAt).length < 6) await new Promise((resolve) => setTimeout(resolve, 100));
    sending = false;
    await Promise.all(senders);

    const whileDown = during.filter((delivery) => delivery.startedAt > stoppedAt);
    const answered = (delivery: Delivery) => [delivery.status, delivery.retryAfter, delivery.status === 503 ? 'refused' : delivery.body];
    expect(whileDown.map(answered)).toEqual(whileDown.map(() => [503, '5', 'refused']));
    // Those accepted while the broker was stopping were durable before it went: the reader saw them.
    const acceptedDuring = during.filter((delivery) => delivery.status === 200);
    const seenBefore = new Set(before.events.map(idOf));
    expect(acceptedDuring.filter((delivery) => !seenBefore.has(delivery.id))).toEqual([]);
    expect(during.every((delivery) => delivery.status === 200 || delivery.status === 503)).toBe(true);
    await before.stop().catch(() => undefined);

    // Back up (an empty cluster: the scripts start fresh). The providers retry what got 503.
    await kafka.start();
    const refused = during.filter((delivery) => delivery.status === 503);
    const retried: Delivery[] = [];
    for (const delivery of refused) {
      let answer = await deliver(delivery.id);
      const deadline = Date.now() + 60_000;
      while (answer.status !== 200 && Date.now() < deadline) answer = await deliver(delivery.id);
      retried.push(answer);
    }
    expect(retried.map((delivery) => delivery.status)).toEqual(refused.map(() => 200));
    const after = await Promise.all(Array.from({ length: 5 }, (_, k) => deliver(`after-${k}`)));
    expect(after.map((delivery) => delivery.status)).toEqual(Array(5).fill(200));

    const recovered = await TopicReader.start(app.topics.channelEvents, kafka.brokers);
    try {
      const expected = [...retried, ...after].map((delivery) => delivery.id);
      const events = await recovered.waitFor((all) => expected.every((id) => all.some((event) => idOf(event) === id)), 'every event accepted after recovery', 30_000);
      // Each once: a retry of an accepted webhook is a duplicate, not a second event.
      const ids = events.map(idOf).filter((id) => expected.includes(id));
      expect(ids.sort()).toEqual([...expected].sort());
    } finally {
      await recovered.stop();
    }
  });
});
