import {
  ForbiddenChannel,
  InvalidSignature,
  MalformedPayload,
  PayloadTooLarge,
  UnsupportedMediaType,
  UnsupportedPayload,
  type WebhookRequest,
} from '@switchboard/channels-core';
import { createMetaHandler } from './meta.handler';
import { META_URL, VERIFY_TOKEN, fixtureBytes, metaConnection, metaRequest, sign } from './testing/signed-meta-request';

const handler = createMetaHandler();
const now = new Date('2026-11-23T09:05:00Z');
const handle = (name: string) => handler.handle(metaRequest(fixtureBytes(name)), metaConnection, now);

describe('Meta: WhatsApp Cloud API', () => {
  it('turns a multi-entry, multi-change post into one message.received per supported message, in order', async () => {
    const result = await handle('whatsapp-multi-entry');
    expect(result.response).toEqual({ status: 200, contentType: 'text/plain; charset=utf-8', body: 'EVENT_RECEIVED' });
    expect(result.events.map((event) => event.type)).toEqual(Array(5).fill('message.received.v1'));
    expect(result.events.map((event) => event.source.providerEventId)).toEqual([
      'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBQjVDQTg5RDE0RUU2QTVDOTdBAA==',
      'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUZCMjc3NEQ5MjgwNjRGQjY0NgA=',
      'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUQ0MkY4RjU2QzU0QjI0QzE3QQA=',
      'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQjc5MTBGRDk2MkQ0MDA0QjIwQgA=',
    ]);
    expect(result.ignored.map((item) => item.reason)).toEqual([
      'whatsapp field message_template_status_update is not handled',
      'whatsapp message type contacts is not supported',
    ]);

    const [text, image, reaction, voice, location] = result.events;
    expect(text).toMatchObject({
      tenantId: 'demo',
      source: { channel: 'whatsapp', provider: 'meta', channelId: 'demo-meta' },
      threadKey: 'demo-meta:whatsapp:+16505551234',
      occurredAt: '2025-06-08T20:59:43.000Z',
      payload: {
        from: { kind: 'whatsapp', value: '+16505551234' },
        fromName: 'Sheena Nelson',
        channelAddress: '106540352242922',
        text: 'Does it come in another color?',
        media: [],
      },
    });
    expect(image?.threadKey).toBe('demo-meta:whatsapp:+5511987654321');
    expect(image?.payload).toMatchObject({
      fromName: 'João Silva',
      text: 'Esta é a peça quebrada',
      media: [{ kind: 'image', url: null, providerMediaId: '1003383421387256', contentType: 'image/jpeg' }],
      replyToProviderMessageId: 'wamid.HBgLMTU1NTA3ODM4ODEVAgARGBI1QjQ4QTlGQUMzQzJGRDY1QjkA',
    });
    expect(reaction?.payload).toMatchObject({
      text: null,
      reaction: { emoji: '👍', targetProviderMessageId: 'wamid.HBgLMTU1NTA3ODM4ODEVAgARGBI1QjQ4QTlGQUMzQzJGRDY1QjkA' },
    });
    expect(reaction?.payload).not.toHaveProperty('replyToProviderMessageId');
    expect(voice?.payload).toMatchObject({ media: [{ kind: 'voice', providerMediaId: '2097146707398120', contentType: 'audio/ogg; codecs=opus' }] });
    expect(location?.payload).toMatchObject({ location: { latitude: 37.483307, longitude: -122.148981, name: 'Main office' } });
  });

  it('turns status callbacks into message.status-updated, one per status with its error', async () => {
    const result = await handle('whatsapp-statuses');
    expect(result.events.map((event) => [event.type, event.source.providerEventId])).toEqual([
      ['message.status-updated.v1', 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA:delivered'],
      ['message.status-updated.v1', 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA:read'],
      ['message.status-updated.v1', 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI4MTQ4NjJCNUM4QzQ1RUU0NTUA:failed'],
    ]);
    expect(result.events.every((event) => event.threadKey === 'demo-meta:whatsapp:+16505551234')).toBe(true);
    expect(result.events[2]?.payload).toMatchObject({
      recipient: { kind: 'whatsapp', value: '+16505551234' },
      status: 'failed',
      errorCode: '131047',
      errorMessage: expect.stringMatching(/^Message failed to send because more than 24 hours/),
    });
  });

  it('sets a malformed item aside and keeps the rest of the batch', async () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: {
                metadata: { phone_number_id: '106540352242922' },
                messages: [
                  { from: '16505551234', id: 'wamid.bad', timestamp: '1749416383', type: 'text' },
                  { from: '16505551234', id: 'wamid.good', timestamp: '1749416383', type: 'text', text: { body: 'ok' } },
                ],
              },
            },
          ],
        },
      ],
    };
    const result = await handler.handle(metaRequest(Buffer.from(JSON.stringify(body))), metaConnection, now);
    expect(result.events.map((event) => event.source.providerEventId)).toEqual(['wamid.good']);
    expect(result.ignored).toEqual([{ reason: 'body.entry[0].changes[0].value.messages[0].text must be an object' }]);
  });
});

describe('Meta: Messenger and Instagram', () => {
  it('turns a multi-entry Messenger post into messages, a reaction and receipts, skipping echoes', async () => {
    const result = await handle('messenger-multi-entry');
    expect(result.events.map((event) => [event.type, event.source.providerEventId])).toEqual([
      ['message.received.v1', 'm_Vq2bFjKxQ3mPz0mZ8HqQYq1LxU5b0t7kqG3x0mR9Ff8aZ1sKjv3WnY'],
      ['message.received.v1', 'm_Xw9bFjKxQ3mPz0mZ8HqQYq1LxU5b0t7kqG3x0mR9Ff8aZ1sKjv3Zz'],
      ['message.received.v1', 'm_EchoEchoEchoEchoEchoEchoEchoEchoEchoEchoEchoEcho:reaction:7261539284617203:1764000060000'],
      ['message.status-updated.v1', 'm_EchoEchoEchoEchoEchoEchoEchoEchoEchoEchoEchoEcho:delivered'],
      ['message.status-updated.v1', 'read:7261539284617203:1764000061500'],
    ]);
    expect(result.ignored).toEqual([{ reason: 'echo of a message we sent', providerEventId: 'm_EchoEchoEchoEchoEchoEchoEchoEchoEchoEchoEchoEcho' }]);
    expect(result.events.every((event) => event.threadKey === 'demo-meta:messenger:7261539284617203')).toBe(true);
    expect(result.events.every((event) => event.source.channel === 'messenger')).toBe(true);

    const [text, media, reaction, , read] = result.events;
    expect(text?.payload).toMatchObject({
      from: { kind: 'messenger', value: '7261539284617203' },
      channelAddress: '108273158654321',
      text: 'Hi! Is my order on its way?',
      replyToProviderMessageId: 'm_Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0KkLlMmNnOoPpQqRr',
    });
    expect(text?.occurredAt).toBe('2025-11-24T16:00:04.000Z');
    expect(media?.payload).toMatchObject({
      text: null,
      media: [
        { kind: 'image', url: 'https://scontent.xx.fbcdn.net/v/t1.15752-9/photo_n.jpg?_nc_cat=1&oh=abc&oe=def' },
        { kind: 'sticker', url: 'https://scontent.xx.fbcdn.net/v/t39.1997-6/sticker_n.png' },
      ],
    });
    expect(reaction?.payload).toMatchObject({ reaction: { emoji: '❤️', targetProviderMessageId: 'm_EchoEchoEchoEchoEchoEchoEchoEchoEchoEchoEchoEcho' } });
    expect(read?.payload).toMatchObject({ providerMessageId: null, status: 'read', upTo: '2025-11-24T16:01:01.500Z' });
  });

  it('turns Instagram messages into instagram identities, skipping story mentions', async () => {
    const result = await handle('instagram-messages');
    expect(result.events.map((event) => event.type)).toEqual(['message.received.v1', 'message.status-updated.v1']);
    expect(result.events[0]).toMatchObject({
      source: { channel: 'instagram', provider: 'meta' },
      threadKey: 'demo-meta:instagram:1234567890123456',
      payload: { from: { kind: 'instagram', value: '1234567890123456' }, channelAddress: '17841405822304914', text: 'Do you ship to Canada?' },
    });
    expect(result.events[1]?.payload).toMatchObject({ status: 'read', providerMessageId: expect.stringMatching(/^aWdf/) });
    expect(result.ignored[0]?.reason).toBe('instagram message without text or supported media');
  });
});

describe('Meta: refused posts', () => {
  const body = fixtureBytes('whatsapp-statuses');

  it('refuses a forged signature', async () => {
    const forged = metaRequest(body, { headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body, 'not-the-secret') } });
    await expect(handler.handle(forged, metaConnection, now)).rejects.toThrow(InvalidSignature);
  });

  it('refuses a body changed after signing, even by re-serialising the same JSON', async () => {
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8'))));
    const request = { ...metaRequest(body), rawBody: reserialised };
    await expect(handler.handle(request, metaConnection, now)).rejects.toThrow(InvalidSignature);
  });

  it('refuses a missing signature', async () => {
    await expect(handler.handle(metaRequest(body, { headers: { 'content-type': 'application/json' } }), metaConnection, now)).rejects.toThrow(
      'missing X-Hub-Signature-256 header',
    );
  });

  it('refuses malformed JSON that is correctly signed', async () => {
    const broken = Buffer.from('{"object":"page","entry":[');
    await expect(handler.handle(metaRequest(broken), metaConnection, now)).rejects.toThrow(MalformedPayload);
  });

  it('refuses an unknown object', async () => {
    const other = Buffer.from(JSON.stringify({ object: 'user', entry: [] }));
    await expect(handler.handle(metaRequest(other), metaConnection, now)).rejects.toThrow(UnsupportedPayload);
  });

  it('refuses form-encoded bodies with 415 and oversized bodies with 413', async () => {
    await expect(
      handler.handle(metaRequest(body, { headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-hub-signature-256': sign(body) } }), metaConnection, now),
    ).rejects.toThrow(UnsupportedMediaType);
    const huge = Buffer.alloc(handler.maxBodyBytes + 1, 0x20);
    await expect(handler.handle(metaRequest(huge), metaConnection, now)).rejects.toThrow(PayloadTooLarge);
  });
});

describe('Meta: verification handshake', () => {
  const verification = (request: WebhookRequest, connection: typeof metaConnection, at: Date) => {
    if (!handler.handleVerification) throw new Error('the Meta handler answers the GET handshake');
    return handler.handleVerification(request, connection, at);
  };
  const handshake = (query: WebhookRequest['query']): WebhookRequest => ({ method: 'GET', url: META_URL, headers: {}, query, rawBody: Buffer.alloc(0) });

  it('echoes the challenge as text/plain when the verify token matches', () => {
    const response = verification(
      handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' }),
      metaConnection,
      now,
    );
    expect(response).toEqual({ status: 200, contentType: 'text/plain; charset=utf-8', body: '1158201444' });
  });

  it('refuses a wrong verify token with 403', () => {
    expect(() =>
      verification(handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }), metaConnection, now),
    ).toThrow(ForbiddenChannel);
  });

  it('refuses an incomplete handshake with 400', () => {
    expect(() => verification(handshake({ 'hub.mode': 'subscribe' }), metaConnection, now)).toThrow(MalformedPayload);
  });
});
