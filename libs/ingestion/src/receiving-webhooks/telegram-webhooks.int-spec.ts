import { describeWithServices } from '@switchboard/testing';
import { startIngestionTestApp, type IngestionTestApp } from '../testing/ingestion-test-app';
import { telegram } from '../testing/provider-fixtures';
import { TopicReader } from '../testing/topic-reader';
import { sendWebhook } from '../testing/webhook-call';

describeWithServices(['kafka'], 'Telegram webhooks over HTTP, on Kafka', () => {
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

  const post = (fixture: string) => sendWebhook(app, telegram.telegramRequest(telegram.fixtureBytes(fixture)));

  it('publishes messages, voice notes, edits and reactions with the Telegram user as sender', async () => {
    for (const fixture of ['message-with-photo', 'message-with-voice', 'edited-message', 'message-reaction']) {
      const answer = await post(fixture).expect(200);
      expect(answer.text).toBe('');
    }
    const events = await reader.waitFor((all) => all.length >= 4, 'four Telegram events');
    expect(events.map((event) => event.type).sort()).toEqual(['message.edited.v1', 'message.received.v1', 'message.received.v1', 'message.received.v1']);
    for (const event of events) {
      expect(event).toMatchObject({ tenantId: 'demo', source: { channel: 'telegram', provider: 'telegram', channelId: 'demo-telegram' } });
      expect(event.payload['threadKey']).toMatch(/^demo-telegram:telegram:\d+$/);
    }
    expect(events.find((event) => event.type === 'message.received.v1')?.payload['from']).toMatchObject({ kind: 'telegram' });
  });

  it('answers 200 to updates it does not turn into events (channel posts, groups) and publishes nothing for them', async () => {
    await reader.waitFor((all) => all.length >= 4, 'earlier events');
    const before = await reader.count();
    await post('channel-post').expect(200);
    await post('group-message').expect(200);
    expect(await reader.count()).toBe(before);
  });

  it('refuses a wrong or missing secret token, malformed JSON and a wrong content type, publishing nothing', async () => {
    const before = await reader.count();
    const body = telegram.fixtureBytes('message-with-photo');
    const wrong = await sendWebhook(app, telegram.telegramRequest(body, { headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'guess-guess' } })).expect(401);
    expect(wrong.body.code).toBe('INVALID_SIGNATURE');
    await sendWebhook(app, telegram.telegramRequest(body, { headers: { 'content-type': 'application/json' } })).expect(401);
    await sendWebhook(app, telegram.telegramRequest(Buffer.from('{"update_id":'))).expect(400);
    await sendWebhook(app, telegram.telegramRequest(Buffer.from('{"message":{}}'))).expect(400);
    await sendWebhook(app, telegram.telegramRequest(body, { headers: { 'content-type': 'text/plain', 'x-telegram-bot-api-secret-token': telegram.SECRET_TOKEN } })).expect(415);
    await post('message-with-photo').expect(200);
    expect(await reader.count()).toBe(before);
  });
});
