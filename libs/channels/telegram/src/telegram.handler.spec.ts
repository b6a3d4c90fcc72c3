import { InvalidSignature, MalformedPayload, PayloadTooLarge, UnsupportedMediaType } from '@switchboard/channels-core';
import { createTelegramHandler } from './telegram.handler';
import { fixtureBytes, telegramConnection, telegramRequest } from './testing/telegram-request';

const handler = createTelegramHandler();
const now = new Date('2026-11-23T09:05:00Z');
const handle = (name: string) => handler.handle(telegramRequest(fixtureBytes(name)), telegramConnection, now);

describe('Telegram updates', () => {
  it('turns a message with a photo into message.received with the largest size and the caption', async () => {
    const result = await handle('message-with-photo');
    expect(result.response).toEqual({ status: 200, contentType: 'text/plain; charset=utf-8', body: '' });
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toEqual({
      type: 'message.received.v1',
      tenantId: 'demo',
      source: { channel: 'telegram', provider: 'telegram', providerEventId: '731882417', channelId: 'demo-telegram' },
      occurredAt: '2025-11-24T16:00:00.000Z',
      threadKey: 'demo-telegram:telegram:482913506',
      payload: {
        threadKey: 'demo-telegram:telegram:482913506',
        providerMessageId: '482913506:2201',
        from: { kind: 'telegram', value: '482913506' },
        fromName: 'Anna',
        channelAddress: 'acme_support_bot',
        text: 'Tu jest etykieta 📦',
        media: [{ kind: 'image', url: null, providerMediaId: 'AgACAgIAAxkBAAIIqWdFk1_large', contentType: 'image/jpeg', size: 143220 }],
        replyToProviderMessageId: '482913506:2199',
      },
    });
  });

  it('turns a voice note into voice media', async () => {
    const [event] = (await handle('message-with-voice')).events;
    expect(event?.payload).toMatchObject({
      text: null,
      media: [{ kind: 'voice', providerMediaId: 'AwACAgIAAxkBAAIIqmdFk2voice', contentType: 'audio/ogg', size: 14310 }],
    });
  });

  it('turns an edited message into message.edited at the edit time', async () => {
    const [event] = (await handle('edited-message')).events;
    expect(event).toMatchObject({
      type: 'message.edited.v1',
      occurredAt: '2025-11-24T16:00:55.000Z',
      source: { providerEventId: '731882419' },
      payload: { providerMessageId: '482913506:2203', text: 'The order number is 4521, not 4512' },
    });
  });

  it('turns a reaction update into a reaction on the message', async () => {
    const [event] = (await handle('message-reaction')).events;
    expect(event?.payload).toMatchObject({ reaction: { emoji: '👍', targetProviderMessageId: '482913506:2204' }, text: null });
  });

  it('ignores channel posts and group chats, still answering 200', async () => {
    const post = await handle('channel-post');
    expect(post.events).toEqual([]);
    expect(post.ignored).toEqual([{ reason: 'telegram update without a message (channel_post)', providerEventId: '731882421' }]);
    const group = await handle('group-message');
    expect(group.events).toEqual([]);
    expect(group.ignored[0]?.reason).toBe('telegram group chats are not handled');
  });
});

describe('Telegram refusals', () => {
  const body = fixtureBytes('message-with-photo');

  it('refuses a wrong or missing secret token', async () => {
    const wrong = telegramRequest(body, { headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'guess' } });
    await expect(handler.handle(wrong, telegramConnection, now)).rejects.toThrow(InvalidSignature);
    const missing = telegramRequest(body, { headers: { 'content-type': 'application/json' } });
    await expect(handler.handle(missing, telegramConnection, now)).rejects.toThrow('missing X-Telegram-Bot-Api-Secret-Token header');
  });

  it('refuses malformed JSON and updates without update_id', async () => {
    await expect(handler.handle(telegramRequest(Buffer.from('{"update_id":')), telegramConnection, now)).rejects.toThrow(MalformedPayload);
    await expect(handler.handle(telegramRequest(Buffer.from('{"message":{}}')), telegramConnection, now)).rejects.toThrow(
      'update.update_id must be a non-empty string',
    );
  });

  it('refuses a wrong content type and an oversized body', async () => {
    await expect(handler.handle(telegramRequest(body, { headers: { 'x-telegram-bot-api-secret-token': 'telegram-test-secret_token-1' } }), telegramConnection, now)).rejects.toThrow(
      UnsupportedMediaType,
    );
    await expect(handler.handle(telegramRequest(Buffer.alloc(handler.maxBodyBytes + 1)), telegramConnection, now)).rejects.toThrow(PayloadTooLarge);
  });
});
