import { describeWithServices } from '@switchboard/testing';
import { startIngestionTestApp, type IngestionTestApp } from '../testing/ingestion-test-app';
import { email } from '../testing/provider-fixtures';
import { TopicReader } from '../testing/topic-reader';
import { sendWebhook } from '../testing/webhook-call';

describeWithServices(['kafka'], 'Email (raw MIME) webhooks over HTTP, on Kafka', () => {
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

  const post = (fixture: string) => sendWebhook(app, email.emailRequest(email.eml(fixture)));

  it('publishes a multipart message with an attachment and a non-ASCII subject as email.received, threaded by its References', async () => {
    const answer = await post('multipart-with-attachment').expect(200);
    expect(answer.text).toBe('OK');
    const [event] = await reader.waitFor((all) => all.length >= 1, 'the email');
    expect(event).toMatchObject({
      type: 'email.received.v1',
      tenantId: 'demo',
      source: { channel: 'email', provider: 'smtp', providerEventId: '<CAF=3x9Yq2pW@mail.example.com>', channelId: 'demo-email' },
      payload: {
        from: { kind: 'email', value: 'jose.garcia@example.com' },
        subject: 'Réclamation commande n°4521 — colis endommagé',
        references: ['<CAF=1a7Bb3kQ@mail.example.com>', '<0102019a-reply-1@acme.example>'],
        attachments: [{ filename: 'facture n°4521.pdf', contentType: 'application/pdf', size: 77, contentId: '<f_lq2w3e4r0>', inline: false }],
      },
    });
    expect(reader.received[0]?.key).toBe('demo-email:email:<CAF=1a7Bb3kQ@mail.example.com>');
  });

  it('recognises auto-replies and bounces, and derives text from HTML-only mail', async () => {
    for (const fixture of ['auto-reply', 'dsn-bounce', 'html-only']) await post(fixture).expect(200);
    const events = await reader.waitFor((all) => all.length >= 4, 'four email events');
    expect(events.map((event) => event.type).sort()).toEqual(['email.auto-reply-received.v1', 'email.bounce-received.v1', 'email.received.v1', 'email.received.v1']);
  });

  it('accepts the token as ?token= for relays that can only be given a URL', async () => {
    const before = await reader.count();
    const raw = Buffer.from(email.eml('html-only').toString('latin1').replace(/^Message-ID: .*$/m, 'Message-ID: <query-token@mail.example.com>'), 'latin1');
    await sendWebhook(app, email.emailRequest(raw, { url: `https://hooks.switchboard.example/webhooks/demo-email?token=${email.INBOUND_TOKEN}`, headers: { 'content-type': 'message/rfc822' } })).expect(200);
    expect(await reader.count()).toBe(before + 1);
  });

  it('publishes nothing for a redelivery, a wrong token, a wrong content type or something that is not mail', async () => {
    const before = await reader.count();
    await post('multipart-with-attachment').expect(200);
    const raw = email.eml('multipart-with-attachment');
    await sendWebhook(app, email.emailRequest(raw, { headers: { 'content-type': 'message/rfc822', 'x-switchboard-email-token': 'wrong-token-wrong-token' } })).expect(401);
    await sendWebhook(app, email.emailRequest(raw, { headers: { 'content-type': 'message/rfc822' } })).expect(401);
    await sendWebhook(app, email.emailRequest(raw, { headers: { 'content-type': 'text/plain', 'x-switchboard-email-token': email.INBOUND_TOKEN } })).expect(415);
    await sendWebhook(app, email.emailRequest(Buffer.alloc(0))).expect(400);
    await sendWebhook(app, email.emailRequest(Buffer.from('this is not a message\r\n'))).expect(400);
    expect(await reader.count()).toBe(before);
  });
});
