import { describeWithServices } from '@switchboard/testing';
import { startIngestionTestApp, type IngestionTestApp } from '../testing/ingestion-test-app';
import { meta } from '../testing/provider-fixtures';
import { TopicReader } from '../testing/topic-reader';
import { sendWebhook } from '../testing/webhook-call';

describeWithServices(['kafka'], 'Meta webhooks over HTTP, on Kafka', () => {
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

  const post = (fixture: string) => sendWebhook(app, meta.metaRequest(meta.fixtureBytes(fixture)));

  it('answers the hub.challenge handshake only with the verify token', async () => {
    const query = (token: string) => `/webhooks/demo-meta?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`;
    const verified = await app.http().get(query(meta.VERIFY_TOKEN)).expect(200);
    expect(verified.text).toBe('1158201444');
    const refused = await app.http().get(query('guess')).expect(403);
    expect(refused.body).toEqual({ statusCode: 403, code: 'FORBIDDEN_CHANNEL', message: 'hub.verify_token does not match' });
    await app.http().get('/webhooks/demo-meta').expect(400);
    // Other kinds have no handshake.
    await app.http().get('/webhooks/demo-telegram').expect(405);
  });

  it('publishes every message of a multi-entry WhatsApp post in one batch, keyed by customer', async () => {
    const answer = await post('whatsapp-multi-entry').expect(200);
    expect(answer.text).toBe('EVENT_RECEIVED');
    const events = await reader.waitFor((all) => all.length >= 5, 'five WhatsApp messages');
    const batch = reader.received.filter((message) => message.event.source.channel === 'whatsapp');
    expect(batch.map((message) => message.event.type)).toEqual(Array(5).fill('message.received.v1'));
    expect(new Set(batch.map((message) => message.key))).toEqual(new Set(['demo-meta:whatsapp:+16505551234', 'demo-meta:whatsapp:+5511987654321']));
    // One webhook: one correlation, the first event's id.
    expect(new Set(batch.map((message) => message.event.correlationId)).size).toBe(1);
    expect(events.find((event) => event.payload['text'] === 'Does it come in another color?')).toMatchObject({
      tenantId: 'demo',
      source: { channel: 'whatsapp', provider: 'meta', channelId: 'demo-meta' },
      payload: { from: { kind: 'whatsapp', value: '+16505551234' }, fromName: 'Sheena Nelson', channelAddress: '106540352242922' },
    });
  });

  it('publishes statuses, Messenger and Instagram posts', async () => {
    for (const fixture of ['whatsapp-statuses', 'messenger-multi-entry', 'instagram-messages']) await post(fixture).expect(200);
    const events = await reader.waitFor(
      (all) => ['messenger', 'instagram'].every((channel) => all.some((event) => event.source.channel === channel)) && all.some((event) => event.type === 'message.status-updated.v1'),
      'statuses, Messenger and Instagram events',
    );
    const statuses = events.filter((event) => event.type === 'message.status-updated.v1').map((event) => event.payload['status']);
    expect(statuses).toEqual(expect.arrayContaining(['delivered', 'read', 'failed']));
    expect(events.find((event) => event.source.channel === 'messenger')?.payload['from']).toMatchObject({ kind: 'messenger' });
    expect(events.find((event) => event.source.channel === 'instagram')?.payload['from']).toMatchObject({ kind: 'instagram' });
  });

  it('publishes nothing for a redelivery, a forged or missing signature, or a body that is not Meta JSON', async () => {
    await reader.waitFor((all) => all.length > 0, 'earlier events');
    const before = await reader.count();
    await post('whatsapp-multi-entry').expect(200);
    const body = meta.fixtureBytes('whatsapp-multi-entry');
    await sendWebhook(app, meta.metaRequest(body, { headers: { 'content-type': 'application/json', 'x-hub-signature-256': meta.sign(body, 'not-the-app-secret') } })).expect(401);
    await sendWebhook(app, meta.metaRequest(body, { headers: { 'content-type': 'application/json' } })).expect(401);
    // A bad item inside a valid batch is skipped by the library (Meta would redeliver the good ones
    // forever otherwise); a batch whose structure is wrong is refused.
    const malformed = Buffer.from('{"object":"whatsapp_business_account","entry":"not a list"}');
    await sendWebhook(app, meta.metaRequest(malformed)).expect(400);
    await sendWebhook(app, meta.metaRequest(Buffer.from('{"object":"page",'))).expect(400);
    await sendWebhook(app, meta.metaRequest(Buffer.from('{"object":"permissions","entry":[]}'))).expect(400);
    expect(await reader.count()).toBe(before);
  });
});
