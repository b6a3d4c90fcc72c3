import { InvalidSignature, MalformedPayload, PayloadTooLarge, UnsupportedMediaType } from '@switchboard/channels-core';
import { createEmailHandler } from './email.handler';
import { MAX_TEXT_CHARS } from './email-events';
import { INBOUND_TOKEN, emailConnection, emailRequest, eml } from './testing/email-request';

const handler = createEmailHandler();
const now = new Date('2026-11-23T09:30:00Z');
const handle = (raw: Buffer) => handler.handle(emailRequest(raw), emailConnection, now);
const single = async (raw: Buffer) => {
  const [event, ...rest] = (await handle(raw)).events;
  if (!event || rest.length > 0) throw new Error('expected one event');
  return event;
};

describe('email: a person writes', () => {
  it('turns a multipart message with an attachment and an encoded subject into email.received', async () => {
    const result = await handle(eml('multipart-with-attachment'));
    expect(result.response).toEqual({ status: 200, contentType: 'text/plain; charset=utf-8', body: 'OK' });
    expect(result.events[0]).toEqual({
      type: 'email.received.v1',
      tenantId: 'demo',
      source: { channel: 'email', provider: 'smtp', providerEventId: '<CAF=3x9Yq2pW@mail.example.com>', channelId: 'demo-email' },
      occurredAt: '2026-11-23T09:00:00.000Z',
      threadKey: 'demo-email:email:<CAF=1a7Bb3kQ@mail.example.com>',
      payload: {
        threadKey: 'demo-email:email:<CAF=1a7Bb3kQ@mail.example.com>',
        messageId: '<CAF=3x9Yq2pW@mail.example.com>',
        inReplyTo: '<0102019a-reply-1@acme.example>',
        references: ['<CAF=1a7Bb3kQ@mail.example.com>', '<0102019a-reply-1@acme.example>'],
        from: { kind: 'email', value: 'jose.garcia@example.com' },
        fromName: 'José García',
        to: [{ address: 'support@acme.example', name: 'Acme Support' }],
        cc: [{ address: 'marta.ruiz@example.com', name: 'Marta Ruiz' }],
        replyTo: [],
        subject: 'Réclamation commande n°4521 — colis endommagé',
        text: 'Bonjour,\n\nLe colis est arrivé endommagé. Vous trouverez la facture en pièce jointe.\n\nJosé\n',
        textTruncated: false,
        hasHtml: true,
        attachments: [{ filename: 'facture n°4521.pdf', contentType: 'application/pdf', size: 77, contentId: '<f_lq2w3e4r0>', inline: false }],
        sentAt: '2026-11-23T09:00:00.000Z',
      },
    });
  });

  it('derives the text from HTML when there is no plain part, scripts left out', async () => {
    const event = await single(eml('html-only'));
    expect(event.type).toBe('email.received.v1');
    expect(event.threadKey).toBe('demo-email:email:<20261123003000.7f3a@example.org>');
    expect(event.payload).toMatchObject({
      text: expect.stringContaining('My order #7731 has not arrived.'),
      hasHtml: true,
      inReplyTo: null,
      references: [],
      attachments: [{ filename: 'logo.png', contentType: 'image/png', contentId: '<logo@example.org>', inline: true }],
    });
    expect(JSON.stringify(event.payload)).not.toContain('alert(1)');
  });

  it('threads by In-Reply-To when there are no References', async () => {
    const raw = Buffer.from(
      'From: a@example.com\r\nTo: support@acme.example\r\nMessage-ID: <m2@example.com>\r\nIn-Reply-To: <m1@acme.example>\r\nSubject: hi\r\n\r\nthanks\r\n',
    );
    expect((await single(raw)).threadKey).toBe('demo-email:email:<m1@acme.example>');
  });

  it('identifies a message without Message-ID by a hash of its bytes, the same on redelivery', async () => {
    const raw = Buffer.from('From: a@example.com\r\nTo: support@acme.example\r\nSubject: hi\r\n\r\nno id\r\n');
    const first = await single(raw);
    const again = await single(Buffer.from(raw));
    expect(first.source.providerEventId).toMatch(/^<sha256-[0-9a-f]{64}@switchboard\.invalid>$/);
    expect(again.source.providerEventId).toBe(first.source.providerEventId);
    expect(first.payload).toMatchObject({ sentAt: null });
    expect(first).not.toHaveProperty('occurredAt');
  });

  it('cuts a huge body to keep the event small, and says so', async () => {
    const raw = Buffer.from(`From: a@example.com\r\nMessage-ID: <big@example.com>\r\nSubject: big\r\n\r\n${'x'.repeat(MAX_TEXT_CHARS + 10)}\r\n`);
    const event = await single(raw);
    expect(event.payload).toMatchObject({ textTruncated: true });
    expect((event.payload as { text: string }).text).toHaveLength(MAX_TEXT_CHARS);
  });
});

describe('email: machines write', () => {
  it('turns an out-of-office into email.auto-reply-received, in the thread it answers', async () => {
    const event = await single(eml('auto-reply'));
    expect(event).toMatchObject({
      type: 'email.auto-reply-received.v1',
      threadKey: 'demo-email:email:<CAF=1a7Bb3kQ@mail.example.com>',
      payload: { signal: 'auto-submitted', from: { kind: 'email', value: 'jose.garcia@example.com' }, messageId: '<ooo-5521@mail.example.com>' },
    });
  });

  it('turns a delivery status notification into email.bounce-received for the thread of the mail that bounced', async () => {
    const event = await single(eml('dsn-bounce'));
    expect(event).toMatchObject({
      type: 'email.bounce-received.v1',
      source: { providerEventId: '<20261123092002.9F2C31E0A1B@mx.acme.example>' },
      threadKey: 'demo-email:email:<CAF=9z8Yx7wV@mail.example.net>',
      payload: {
        signal: 'delivery-status-report',
        from: { kind: 'email', value: 'mailer-daemon@mx.acme.example' },
        originalMessageId: '<0102019a-reply-3@acme.example>',
        failedRecipients: [
          {
            recipient: 'no.such.user@example.net',
            action: 'failed',
            status: '5.1.1',
            diagnosticCode: 'smtp; 550 5.1.1 <no.such.user@example.net>: Recipient address rejected: User unknown',
          },
        ],
      },
    });
  });
});

describe('email: refused requests', () => {
  const raw = eml('multipart-with-attachment');

  it('accepts the token as a query parameter', async () => {
    const request = emailRequest(raw, { headers: { 'content-type': 'message/rfc822' }, query: { token: INBOUND_TOKEN } });
    expect((await handler.handle(request, emailConnection, now)).events).toHaveLength(1);
  });

  it('refuses a wrong or missing token', async () => {
    const wrong = emailRequest(raw, { headers: { 'content-type': 'message/rfc822', 'x-switchboard-email-token': 'guess' } });
    await expect(handler.handle(wrong, emailConnection, now)).rejects.toThrow(InvalidSignature);
    const missing = emailRequest(raw, { headers: { 'content-type': 'message/rfc822' } });
    await expect(handler.handle(missing, emailConnection, now)).rejects.toThrow(InvalidSignature);
  });

  it('refuses anything but message/rfc822 with 415', async () => {
    const json = emailRequest(raw, { headers: { 'content-type': 'application/json', 'x-switchboard-email-token': INBOUND_TOKEN } });
    await expect(handler.handle(json, emailConnection, now)).rejects.toThrow(UnsupportedMediaType);
  });

  it('refuses an oversized message with 413', async () => {
    await expect(handle(Buffer.alloc(handler.maxBodyBytes + 1, 0x61))).rejects.toThrow(PayloadTooLarge);
  });

  it('refuses something that is not a message with 400', async () => {
    await expect(handle(Buffer.from('{"from":"a@example.com","text":"hi"}'))).rejects.toThrow('message has no From address');
    await expect(handle(Buffer.alloc(0))).rejects.toThrow(MalformedPayload);
  });
});
