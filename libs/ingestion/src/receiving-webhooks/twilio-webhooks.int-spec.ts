import { describeWithServices } from '@switchboard/testing';
import { startIngestionTestApp, type IngestionTestApp } from '../testing/ingestion-test-app';
import { twilio } from '../testing/provider-fixtures';
import { TopicReader } from '../testing/topic-reader';
import { sendWebhook } from '../testing/webhook-call';

const CALL = 'CA5e1f2a3b4c5d6e7f8091a2b3c4d5e6f7';
const CALL_THREAD = `demo-voice:call:${CALL}`;

describeWithServices(['kafka'], 'Twilio webhooks over HTTP, on Kafka', () => {
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

  const voice = (fixture: string) => sendWebhook(app, twilio.twilioRequest(twilio.VOICE_URL, twilio.fixture(fixture)));
  const sms = (fixture: string) => sendWebhook(app, twilio.twilioRequest(twilio.SMS_URL, twilio.fixture(fixture)));

  it('answers an incoming call with TwiML that queues the caller, then records its status sequence in order', async () => {
    const answer = await voice('incoming-call').expect(200);
    expect(answer.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(answer.text).toContain('<Enqueue>support</Enqueue>');
    for (const status of ['call-status-ringing', 'call-status-in-progress', 'call-status-completed']) await voice(status).expect(200);
    await voice('recording-completed').expect(200);
    await voice('transcription-completed').expect(200);

    const events = await reader.waitFor((all) => all.filter((event) => event.source.channelId === 'demo-voice').length >= 6, 'six voice events');
    const call = reader.received.filter((message) => message.key === CALL_THREAD).map((message) => message.event);
    expect(call.map((event) => event.type)).toEqual([
      'call.received.v1',
      'call.ringing.v1',
      'call.answered.v1',
      'call.ended.v1',
      'call.recording-completed.v1',
      'call.transcription-completed.v1',
    ]);
    expect(call[0]).toMatchObject({
      tenantId: 'demo',
      source: { channel: 'voice', provider: 'twilio', providerEventId: `${CALL}:incoming`, channelId: 'demo-voice' },
      payload: { providerCallId: CALL, from: { kind: 'phone', value: '+14155550123' }, queueName: 'support' },
    });
    expect(call[3]?.payload).toMatchObject({ outcome: 'completed', durationSeconds: 242 });
    // One webhook, one flow: each event starts its own correlation.
    expect(new Set(events.map((event) => event.correlationId)).size).toBe(events.length);
  });

  it('publishes inbound SMS/MMS and WhatsApp messages with the sender as E.164, and delivery statuses', async () => {
    await sms('inbound-mms').expect(200);
    await sms('inbound-whatsapp').expect(200);
    for (const status of ['message-status-queued', 'message-status-delivered', 'message-status-undelivered']) await sms(status).expect(200);

    const events = await reader.waitFor((all) => all.filter((event) => event.source.channelId === 'demo-sms').length >= 4, 'the SMS events');
    const received = events.filter((event) => event.type === 'message.received.v1');
    expect(received.map((event) => event.payload['from'])).toEqual([
      { kind: 'phone', value: '+14155550123' },
      { kind: 'whatsapp', value: '+14155550123' },
    ]);
    expect((received[0]?.payload['media'] as unknown[]).length).toBe(2);
    const statuses = events.filter((event) => event.type === 'message.status-updated.v1').map((event) => event.payload['status']);
    expect(statuses).toEqual(expect.arrayContaining(['delivered', 'failed']));
  });

  it('answers a redelivered webhook with the same response and publishes nothing', async () => {
    const before = await reader.count();
    const again = await voice('incoming-call').expect(200);
    expect(again.text).toContain('<Enqueue>support</Enqueue>');
    await sms('inbound-mms').expect(200);
    expect(await reader.count()).toBe(before);
  });

  it('refuses a forged signature with 401, and a body of the wrong type with 415, publishing nothing', async () => {
    const before = await reader.count();
    const forged = twilio.twilioRequest(twilio.SMS_URL, { ...twilio.fixture('inbound-mms'), MessageSid: 'MMforged' }, {});
    const tampered = { ...forged, rawBody: Buffer.from(forged.rawBody.toString().replace('MMforged', 'MMforged2')) };
    const refused = await sendWebhook(app, tampered).expect(401);
    expect(refused.body).toEqual({ statusCode: 401, code: 'INVALID_SIGNATURE', message: 'X-Twilio-Signature does not match' });
    const json = twilio.twilioRequest(twilio.SMS_URL, twilio.fixture('inbound-mms'));
    await sendWebhook(app, { ...json, headers: { ...json.headers, 'content-type': 'application/json' } }).expect(415);
    // Signed for another URL (another channel's): the signature covers the URL.
    await sendWebhook(app, { ...twilio.twilioRequest(twilio.VOICE_URL, twilio.fixture('inbound-mms')), url: twilio.SMS_URL }).expect(401);
    expect(await reader.count()).toBe(before);
  });
});
