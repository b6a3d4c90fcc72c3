import { describeWithServices, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { DEDUP_STORE, type DedupStore } from '../dedup/dedup-store';
import { generic, telegram, twilio } from '../testing/provider-fixtures';
import { startIngestionTestApp, type IngestionTestApp } from '../testing/ingestion-test-app';
import { TopicReader } from '../testing/topic-reader';
import { sendWebhook } from '../testing/webhook-call';

const message = (id: string, padding = '') => Buffer.from(JSON.stringify({ id, type: 'message', from: { kind: 'phone', value: '+442079460958' }, text: `hello${padding}` }));

function testRefusalsAndDuplicates(name: string, store: DedupStore['kind'], env: Readonly<Record<string, string>>): void {
  describe(`webhook refusals and duplicates (${name})`, () => {
    let app: IngestionTestApp;
    let reader: TopicReader;
    // Redis outlives the test run (ids stay done for 24 h): every run uses ids of its own.
    const run = uniqueSuffix();

    beforeAll(async () => {
      app = await startIngestionTestApp({ env });
      reader = await TopicReader.start(app.topics.channelEvents);
    });
    afterAll(async () => {
      await reader?.stop();
      await app?.close();
    });

    it(`deduplicates with the ${store} store`, () => {
      expect(app.running.app.get<string, DedupStore>(DEDUP_STORE, { strict: false }).kind).toBe(store);
    });

    it('answers 404 for a channel that does not exist, for POST and GET alike', async () => {
      const missing = await sendWebhook(app, { ...generic.genericRequest(message('evt-404'), new Date()), url: 'https://hooks.switchboard.example/webhooks/no-such-channel' }).expect(404);
      expect(missing.body).toEqual({ statusCode: 404, code: 'CHANNEL_NOT_FOUND', message: 'no such channel' });
      await app.http().get('/webhooks/no-such-channel?hub.challenge=1').expect(404);
    });

    it("refuses a body over the kind's limit with 413, and one over the gateway's limit too", async () => {
      const large = await sendWebhook(app, generic.genericRequest(message('evt-large', 'x'.repeat(300 * 1024)), new Date())).expect(413);
      expect(large.body.code).toBe('PAYLOAD_TOO_LARGE');
      await sendWebhook(app, telegram.telegramRequest(Buffer.alloc(26 * 1024 * 1024, 0x20))).expect(413);
    });

    it('publishes a webhook delivered many times at once exactly once; every delivery gets 200 or a 503 to retry', async () => {
      const before = await reader.count();
      const call = generic.genericRequest(message(`evt-concurrent-${run}`), new Date());
      const answers = await Promise.all(Array.from({ length: 8 }, () => sendWebhook(app, call)));
      expect(answers.every((answer) => answer.status === 200 || (answer.status === 503 && answer.body.code === 'DUPLICATE_IN_FLIGHT'))).toBe(true);
      expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(1);
      // The provider retries the 503s: by then the event is done, so they get 200 and publish nothing.
      for (const answer of answers.filter((refused) => refused.status === 503)) expect(answer.headers['retry-after']).toBe('5');
      await sendWebhook(app, call).expect(200);
      expect(await reader.count()).toBe(before + 1);
    });

    it('deduplicates per channel: the same provider id on another channel is another event', async () => {
      const before = await reader.count();
      const params = { ...twilio.fixture('inbound-mms'), MessageSid: `MMshared${run}` };
      await sendWebhook(app, twilio.twilioRequest(twilio.SMS_URL, params)).expect(200);
      await sendWebhook(app, twilio.twilioRequest(twilio.SMS_URL, params)).expect(200);
      await sendWebhook(app, generic.genericRequest(message(params.MessageSid), new Date())).expect(200);
      expect(await reader.count()).toBe(before + 2);
    });
  });
}

describeWithServices(['kafka'], 'webhooks with the SQL dedup store (embedded mode)', () => {
  testRefusalsAndDuplicates('SQL dedup store', 'sql', {});
});

describeWithServices(['kafka', 'redis'], 'webhooks with the Redis dedup store (distributed mode)', () => {
  testRefusalsAndDuplicates('Redis dedup store', 'redis', { ROUTING_STATE: 'redis', REDIS_URL: testEndpoints.redisUrl });
});
