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

  it('answers 503 while the bus is down, never 200 without the event durably on the bus, and nothing twice', async () => {
    // Up: every webhook is accepted.
    const up = await Promise.all(Array.from({ length: 10 }, (_, n) => deliver(`up-${n}`)));
    expect(up.map((delivery) => delivery.status)).toEqual(Array(10).fill(200));

    // Webhooks keep arriving while the broker stops (keeping what it wrote) and stays down.
    const during: Delivery[] = [];
    let sending = true;
    let n = 0;
    const senders = Array.from({ length: 3 }, async () => {
      while (sending) during.push(await deliver(`during-${n++}`));
    });
    await kafka.stop({ keepData: true });
    const stoppedAt = Date.now();
    while (during.filter((delivery) => delivery.startedAt > stoppedAt).length < 6) await new Promise((resolve) => setTimeout(resolve, 100));
    sending = false;
    await Promise.all(senders);

    const whileDown = during.filter((delivery) => delivery.startedAt > stoppedAt);
    const answered = (delivery: Delivery) => [delivery.status, delivery.retryAfter, delivery.status === 503 ? 'refused' : delivery.body];
    expect(whileDown.map(answered)).toEqual(whileDown.map(() => [503, '5', 'refused']));
    expect(during.every((delivery) => delivery.status === 200 || delivery.status === 503)).toBe(true);

    // Back up on the same data. The providers retry what got 503.
    await kafka.start({ keepData: true });
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

    // The topic from its beginning: every webhook ever answered 200 is there (those accepted while
    // the broker was stopping included), once. Only a webhook refused with 503 may be there twice: a
    // publish that timed out may still have been written, and the provider's retry is published again.
    const accepted = [...up, ...during.filter((delivery) => delivery.status === 200), ...retried, ...after].map((delivery) => delivery.id);
    const reader = await TopicReader.start(app.topics.channelEvents, kafka.brokers);
    try {
      const events = await reader.waitFor((all) => accepted.every((id) => all.some((event) => idOf(event) === id)), 'every accepted event', 60_000);
      const counts = new Map<string, number>();
      for (const id of events.map(idOf)) counts.set(id, (counts.get(id) ?? 0) + 1);
      const refusedIds = new Set(refused.map((delivery) => delivery.id));
      const wrong = accepted.filter((id) => { const count = counts.get(id) ?? 0; return count < 1 || count > (refusedIds.has(id) ? 2 : 1); });
      expect(wrong.map((id) => [id, counts.get(id) ?? 0])).toEqual([]);
      expect([...counts.keys()].filter((id) => !accepted.includes(id))).toEqual([]);
    } finally {
      await reader.stop();
    }
  });
});
