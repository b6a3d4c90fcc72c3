import { describeWithServices } from '@switchboard/testing';
import { startIngestionTestApp, type IngestionTestApp } from '../testing/ingestion-test-app';
import { generic } from '../testing/provider-fixtures';
import { TopicReader } from '../testing/topic-reader';
import { sendWebhook } from '../testing/webhook-call';

describeWithServices(['kafka'], 'Generic signed JSON webhooks over HTTP, on Kafka', () => {
  let app: IngestionTestApp;
  let reader: TopicReader;

  beforeAll(async () => {
    app = await startIngestionTestApp();
    reader = await TopicReader.start(app.topics.channelEvents);
  });
  afterAll(async () => {
    await reader?.stop();
    await app?.close();
  });

  const signedNow = (body: Buffer) => generic.genericRequest(body, new Date());

  it('publishes a message and a status, each signed with t=<unix>,v1=<hmac>', async () => {
    const message = await sendWebhook(app, signedNow(generic.fixtureBytes('message'))).expect(200);
    expect(message.body).toEqual({ received: 'evt_01JD8Y6Q3ZK2V7R9W4M5N6P7Q8' });
    await sendWebhook(app, signedNow(generic.fixtureBytes('status'))).expect(200);
    const events = await reader.waitFor((all) => all.length >= 2, 'the message and the status');
    expect(events.map((event) => event.type)).toEqual(['message.received.v1', 'message.status-updated.v1']);
    expect(events[0]).toMatchObject({
      tenantId: 'demo',
      source: { provider: 'generic', providerEventId: 'evt_01JD8Y6Q3ZK2V7R9W4M5N6P7Q8', channelId: 'demo-generic' },
      payload: { from: { kind: 'phone', value: '+442079460958' }, text: 'Can I change my delivery slot?' },
    });
  });

  it('refuses a stale signature with 403 and a forged one with 401, publishing nothing', async () => {
    const before = await reader.count();
    const body = Buffer.from(JSON.stringify({ id: 'evt-stale', type: 'message', from: { kind: 'phone', value: '+442079460958' }, text: 'hi' }));
    const stale = await sendWebhook(app, generic.genericRequest(body, new Date(Date.now() - 301_000))).expect(403);
    expect(stale.body.code).toBe('STALE_REQUEST');
    const future = await sendWebhook(app, generic.genericRequest(body, new Date(Date.now() + 301_000))).expect(403);
    expect(future.body.code).toBe('STALE_REQUEST');
    const request = signedNow(body);
    await sendWebhook(app, { ...request, rawBody: Buffer.from(body.toString().replace('hi', 'ho')) }).expect(401);
    await sendWebhook(app, { ...request, headers: { 'content-type': 'application/json', 'x-switchboard-signature': 't=1,v1=00' } }).expect(401);
    expect(await reader.count()).toBe(before);
  });
});
