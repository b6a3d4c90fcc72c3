import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OutboundEventTypes, createEnvelope, newId, type EventEnvelope, type ReplyRequestedPayload } from '@switchboard/contracts';
import { describeWithServices } from '@switchboard/testing';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { startIngestionTestApp, type IngestionTestApp } from '../testing/ingestion-test-app';
import { TopicReader } from '../testing/topic-reader';

const SMTP_USER = 'relay-user';
const SMTP_PASSWORD = 'relay-password-1';
const BOT_TOKEN = '7012345678:AAH-test-bot-token';

interface RecordedCall {
  readonly at: number;
  readonly path: string;
  readonly body: string;
}

/** A provider API on localhost: answers from a script (status, headers, body) and records each call. */
async function startProviderApi(script: (call: RecordedCall, index: number) => { status: number; headers?: Record<string, string>; body: object }) {
  const calls: RecordedCall[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const call = { at: Date.now(), path: request.url ?? '', body: Buffer.concat(chunks).toString('utf8') };
      calls.push(call);
      const answer = script(call, calls.length - 1);
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { calls, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** An SMTP relay on localhost that wants credentials and keeps every message it receives. */
async function startSmtpRelay() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('invalid credentials'));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describeWithServices(['kafka'], 'reply senders, from the outbound topic to the provider and back to the bus', () => {
  let app: IngestionTestApp;
  let reader: TopicReader;
  let admin: string;

  beforeAll(async () => {
    app = await startIngestionTestApp();
    reader = await TopicReader.start(app.topics.channelEvents);
    admin = await app.login('admin@demo.test');
  });
  afterAll(async () => {
    await reader?.stop();
    await app?.close();
  });

  const configure = (channelId: string, change: object) => app.http().patch(`/api/channels/${channelId}`).set('Authorization', `Bearer ${admin}`).send(change).expect(200);

  async function requestReply(payload: ReplyRequestedPayload): Promise<EventEnvelope> {
    const event = createEnvelope(
      { type: OutboundEventTypes.replyRequested, tenantId: 'demo', source: { channel: 'system', provider: 'console' }, subject: { conversationId: payload.conversationId }, payload: { ...payload } },
      { now: () => new Date(), newId },
    );
    await app.running.adapters.bus.publish(app.topics.outboundMessages, [{ key: payload.threadKey ?? payload.conversationId, event }]);
    return event;
  }

  const outcomeOf = async (request: EventEnvelope) =>
    (await reader.waitFor((events) => events.some((event) => event.causationId === request.id), `the outcome of reply ${request.id}`, 30_000)).find(
      (event) => event.causationId === request.id,
    )!;

  it('sends an email reply over SMTP, threaded under the customer message, and records message.sent.v1', async () => {
    const relay = await startSmtpRelay();
    try {
      await configure('demo-email', {
        settings: { smtpHost: '127.0.0.1', smtpPort: relay.port, smtpSecure: false },
        secrets: { smtpUser: SMTP_USER, smtpPassword: SMTP_PASSWORD },
      });
      const request = await requestReply({
        channelId: 'demo-email',
        conversationId: 'conv-email-1',
        author: { kind: 'agent', id: 'agent-7' },
        threadKey: 'demo-email:email:<CAF=1a7Bb3kQ@mail.example.com>',
        reply: { to: { kind: 'email', value: 'jose.garcia@example.com' }, text: 'Nous vous envoyons un colis de remplacement.' },
        emailThread: {
          lastMessageId: '<CAF=3x9Yq2pW@mail.example.com>',
          references: ['<CAF=1a7Bb3kQ@mail.example.com>', '<0102019a-reply-1@acme.example>'],
          subject: 'Réclamation commande n°4521 — colis endommagé',
        },
      });
      const outcome = await outcomeOf(request);
      expect(outcome).toMatchObject({
        type: 'message.sent.v1',
        tenantId: 'demo',
        correlationId: request.correlationId,
        source: { channel: 'email', provider: 'smtp', channelId: 'demo-email' },
        payload: {
          conversationId: 'conv-email-1',
          providerMessageIds: [`<${request.id}@demo.test>`],
          attempts: 1,
          messageId: request.id,
          author: { kind: 'agent', id: 'agent-7' },
          text: 'Nous vous envoyons un colis de remplacement.',
        },
      });
      const [mail] = relay.received;
      expect(relay.received).toHaveLength(1);
      expect(mail?.subject).toBe('Re: Réclamation commande n°4521 — colis endommagé');
      expect(mail?.inReplyTo).toBe('<CAF=3x9Yq2pW@mail.example.com>');
      expect(mail?.references).toEqual(['<CAF=1a7Bb3kQ@mail.example.com>', '<0102019a-reply-1@acme.example>', '<CAF=3x9Yq2pW@mail.example.com>']);
      expect(mail?.messageId).toBe(`<${request.id}@demo.test>`);
      expect(mail?.from?.value[0]).toMatchObject({ address: 'support@demo.test', name: 'Demo Support' });
      expect(mail?.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined).toBe('jose.garcia@example.com');
      expect(mail?.text?.trim()).toBe('Nous vous envoyons un colis de remplacement.');
    } finally {
      await relay.close();
    }
  });

  it('retries a Telegram reply the API answered 429 with Retry-After, after waiting, and records message.sent.v1', async () => {
    const api = await startProviderApi((_call, index) =>
      index === 0
        ? { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } }
        : { status: 200, body: { ok: true, result: { message_id: 4242, chat: { id: 987654321 }, date: 1 } } },
    );
    try {
      await configure('demo-telegram', { secrets: { botToken: BOT_TOKEN }, settings: { apiBaseUrl: api.url } });
      const request = await requestReply({
        channelId: 'demo-telegram',
        conversationId: 'conv-telegram-1',
        author: { kind: 'bot', id: null },
        threadKey: 'demo-telegram:telegram:987654321',
        reply: { to: { kind: 'telegram', value: '987654321' }, text: 'Your parcel left the warehouse.', replyToProviderMessageId: '987654321:17' },
      });
      const outcome = await outcomeOf(request);
      expect(outcome).toMatchObject({
        type: 'message.sent.v1',
        source: { channel: 'telegram', provider: 'telegram', channelId: 'demo-telegram' },
        payload: {
          conversationId: 'conv-telegram-1',
          threadKey: 'demo-telegram:telegram:987654321',
          providerMessageIds: ['987654321:4242'],
          attempts: 2,
          author: { kind: 'bot', id: null },
          text: 'Your parcel left the warehouse.',
        },
      });
      expect(api.calls.map((call) => call.path)).toEqual([`/bot${BOT_TOKEN}/sendMessage`, `/bot${BOT_TOKEN}/sendMessage`]);
      expect(api.calls[1]!.at - api.calls[0]!.at).toBeGreaterThanOrEqual(950);
      expect(JSON.parse(api.calls[1]!.body)).toEqual({
        chat_id: '987654321',
        text: 'Your parcel left the warehouse.',
        reply_parameters: { message_id: 17, allow_sending_without_reply: true },
      });
      const sentKey = reader.received.find((message) => message.event.id === outcome.id)?.key;
      expect(sentKey).toBe('demo-telegram:telegram:987654321');
    } finally {
      await api.close();
    }
  });

  it('records message.delivery-failed.v1 when the provider refuses the reply, and sends a redelivered request only once', async () => {
    const api = await startProviderApi(() => ({ status: 400, body: { code: 21211, message: "The 'To' number is not a valid phone number." } }));
    try {
      await configure('demo-sms', { settings: { accountSid: 'AC3f5c9a0e2b7d4e6f8a1b2c3d4e5f6a7b', fromNumber: '+15017122661', apiBaseUrl: api.url } });
      const request = await requestReply({
        channelId: 'demo-sms',
        conversationId: 'conv-sms-1',
        author: { kind: 'agent', id: 'agent-7' },
        reply: { to: { kind: 'phone', value: '+14155550123' }, text: 'Hello' },
      });
      const outcome = await outcomeOf(request);
      expect(outcome).toMatchObject({
        type: 'message.delivery-failed.v1',
        payload: { code: 'PROVIDER_REJECTED', retriable: false, providerStatus: 400, attempts: 1, threadKey: 'conv-sms-1', author: { kind: 'agent', id: 'agent-7' }, text: 'Hello' },
      });
      expect(api.calls).toHaveLength(1);
      expect(api.calls[0]?.path).toBe('/2010-04-01/Accounts/AC3f5c9a0e2b7d4e6f8a1b2c3d4e5f6a7b/Messages.json');

      // The bus delivers at least once: the same request again is recognised, not sent again.
      await app.running.adapters.bus.publish(app.topics.outboundMessages, [{ key: 'conv-sms-1', event: request }]);
      const marker = await requestReply({ channelId: 'no-such-channel', conversationId: 'conv-sms-1', author: { kind: 'agent', id: null }, reply: { to: { kind: 'phone', value: '+14155550123' }, text: 'x' } });
      expect((await outcomeOf(marker)).payload).toMatchObject({ code: 'CHANNEL_NOT_FOUND' });
      expect(api.calls).toHaveLength(1);
      expect(reader.events.filter((event) => event.causationId === request.id)).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});
