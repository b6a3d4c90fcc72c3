import type { ChannelConnection } from '@switchboard/channels-core';
import type { ReplyRequestedPayload } from '@switchboard/contracts';
import { ReplySender } from './reply-sender';
import type { SendClock } from './retry-settings';

const clock: SendClock = { now: () => new Date('2026-11-23T09:00:00Z'), sleep: async () => undefined, random: () => 0 };
const retry = { maxAttempts: 2, policy: { baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1000 }, requestTimeoutMs: 1000 };

function sender(allowApiBaseUrl = true) {
  const calls: { url: string; body: string }[] = [];
  const fetch = (async (url: string, init: { body: string }) => {
    calls.push({ url, body: init.body });
    return new Response(JSON.stringify({ ok: true, result: { message_id: 9, chat: { id: 555 } } }), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  return { calls, sender: new ReplySender({ http: { fetch, clock, retry }, smtp: { clock, retry }, allowApiBaseUrl }) };
}

const telegramChannel: ChannelConnection = {
  id: 'tg',
  tenantId: 't',
  kind: 'telegram',
  secrets: { secretToken: 'x', botToken: '123:TOKEN' },
  settings: { apiBaseUrl: 'http://127.0.0.1:9/tg' },
};
const request = (to: ReplyRequestedPayload['reply']['to'], extra: Partial<ReplyRequestedPayload> = {}): ReplyRequestedPayload => ({
  channelId: 'tg',
  conversationId: 'conv',
  author: { kind: 'agent', id: 'agent-1' },
  reply: { to, text: 'Hello' },
  ...extra,
});

describe('ReplySender', () => {
  it("sends through the kind's provider library, at the channel's apiBaseUrl when allowed", async () => {
    const { sender: allowed, calls } = sender();
    expect(await allowed.send(telegramChannel, request({ kind: 'telegram', value: '555' }), 'r1')).toEqual({ ok: true, providerMessageIds: ['555:9'], attempts: 1 });
    expect(calls.map((call) => call.url)).toEqual(['http://127.0.0.1:9/tg/bot123:TOKEN/sendMessage']);
    expect(JSON.parse(calls[0]!.body)).toEqual({ chat_id: '555', text: 'Hello' });

    const { sender: pinned, calls: pinnedCalls } = sender(false);
    await pinned.send(telegramChannel, request({ kind: 'telegram', value: '555' }), 'r1');
    expect(pinnedCalls.map((call) => call.url)).toEqual(['https://api.telegram.org/bot123:TOKEN/sendMessage']);
  });

  it('refuses, for good, what the channel cannot send', async () => {
    const { sender: s, calls } = sender();
    const voice: ChannelConnection = { id: 'v', tenantId: 't', kind: 'twilio-voice', secrets: {}, settings: {} };
    expect(await s.send(voice, request({ kind: 'phone', value: '+14155550123' }), 'r')).toMatchObject({ ok: false, code: 'UNDELIVERABLE_REPLY', retriable: false });
    expect(await s.send(telegramChannel, request({ kind: 'email', value: 'a@b.c' }), 'r')).toMatchObject({ ok: false, code: 'UNDELIVERABLE_REPLY' });
    const mail: ChannelConnection = { id: 'e', tenantId: 't', kind: 'email', secrets: {}, settings: { fromAddress: 'support@acme.example', smtpHost: '127.0.0.1' } };
    expect(await s.send(mail, request({ kind: 'email', value: 'a@b.c' }), 'r')).toMatchObject({ ok: false, code: 'UNDELIVERABLE_REPLY', reason: expect.stringContaining('thread') });
    expect(calls).toHaveLength(0);
  });

  it('reports a channel lacking a credential as retriable (an admin can fix it)', async () => {
    const { sender: s } = sender();
    const metaChannel: ChannelConnection = { id: 'm', tenantId: 't', kind: 'meta', secrets: { appSecret: 'a' }, settings: { whatsappPhoneNumberId: '1' } };
    expect(await s.send(metaChannel, request({ kind: 'whatsapp', value: '+16505551234' }), 'r')).toMatchObject({ ok: false, code: 'CHANNEL_MISCONFIGURED', retriable: true });
  });
});
