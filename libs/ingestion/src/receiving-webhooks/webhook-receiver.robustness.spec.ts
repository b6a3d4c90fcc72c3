import fc from 'fast-check';
import { newId } from '@switchboard/contracts';
import { createInProcessBus } from '@switchboard/infra-bus';
import type { WebhookRequest } from '@switchboard/channels-core';
import { fuzzJson, type Json } from '../../../channels/generic/src/testing/fuzz-json';
import type { ChannelRecord } from '../channels/channel-record';
import { createMemoryDedupStore } from '../dedup/memory/memory-dedup-store';
import { email, generic, meta, telegram, twilio } from '../testing/provider-fixtures';
import { createChannelHandlers } from './channel-handlers';
import { WebhookReceiver } from './webhook-receiver';

const now = new Date();
const record = (connection: Omit<ChannelRecord, 'createdAt'>): ChannelRecord => ({ ...connection, secrets: connection.secrets, createdAt: now });
const channels = [
  record({ ...twilio.smsConnection, secrets: { authToken: twilio.AUTH_TOKEN } }),
  record({ ...twilio.voiceConnection, secrets: { authToken: twilio.AUTH_TOKEN } }),
  record({ ...meta.metaConnection, secrets: { appSecret: meta.APP_SECRET, verifyToken: meta.VERIFY_TOKEN } }),
  record({ ...telegram.telegramConnection, secrets: { secretToken: telegram.SECRET_TOKEN } }),
  record({ ...email.emailConnection, secrets: { inboundToken: email.INBOUND_TOKEN } }),
  record({ ...generic.genericConnection, secrets: { signingSecret: generic.SIGNING_SECRET } }),
];

const receiver = new WebhookReceiver({
  channels: { find: async (id) => channels.find((channel) => channel.id === id) ?? null },
  handlers: createChannelHandlers(),
  dedup: createMemoryDedupStore(),
  bus: createInProcessBus(),
  topic: 'robustness',
  envelopes: { now: () => now, newId },
  dedupTtlMs: 60_000,
  claimTtlMs: 30_000,
  retryAfterSeconds: 5,
});

const json = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as Json;
const bytesOf = (value: Json | undefined) => Buffer.from(value === undefined ? '' : JSON.stringify(value));
const fuzzed = (fixtures: Buffer[]) => fc.oneof(...fixtures.map((fixture) => fuzzJson(json(fixture))), fc.jsonValue() as fc.Arbitrary<Json>);
const twilioParams = fc.oneof(
  ...['incoming-call', 'call-status-completed', 'inbound-mms', 'message-status-undelivered', 'recording-completed', 'transcription-completed'].map((name) =>
    fc
      .record(Object.fromEntries(Object.entries(twilio.fixture(name)).map(([key, value]) => [key, fc.oneof(fc.constant(value), fc.string())])), { requiredKeys: [] })
      .map((params) => Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined))),
  ),
  fc.dictionary(fc.string(), fc.string()),
);
const mime = fc.oneof(
  ...['multipart-with-attachment', 'auto-reply', 'dsn-bounce', 'html-only'].map((name) => {
    const lines = email.eml(name).toString('latin1').split('\n');
    return fc.subarray(lines).map((kept) => Buffer.from(kept.join('\n'), 'latin1'));
  }),
  fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
);

/** Correctly signed calls with broken contents: whatever they hold, the answer is a 2xx or a 4xx. */
const calls: fc.Arbitrary<[string, WebhookRequest]> = fc.oneof(
  twilioParams.map((params): [string, WebhookRequest] => ['demo-sms', twilio.twilioRequest(twilio.SMS_URL, params)]),
  twilioParams.map((params): [string, WebhookRequest] => ['demo-voice', twilio.twilioRequest(twilio.VOICE_URL, params)]),
  fuzzed(['whatsapp-multi-entry', 'whatsapp-statuses', 'messenger-multi-entry', 'instagram-messages'].map(meta.fixtureBytes)).map((value): [string, WebhookRequest] => [
    'demo-meta',
    meta.metaRequest(bytesOf(value)),
  ]),
  fuzzed(['message-with-photo', 'edited-message', 'message-reaction', 'channel-post'].map(telegram.fixtureBytes)).map((value): [string, WebhookRequest] => [
    'demo-telegram',
    telegram.telegramRequest(bytesOf(value)),
  ]),
  mime.map((bytes): [string, WebhookRequest] => ['demo-email', email.emailRequest(bytes)]),
  fuzzed(['message', 'status'].map(generic.fixtureBytes)).map((value): [string, WebhookRequest] => ['demo-generic', generic.genericRequest(bytesOf(value), now)]),
);

describe('WebhookReceiver robustness', () => {
  it('answers every correctly signed call, whatever its contents, with a 2xx or a 4xx: never a 5xx, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(calls, async ([channelId, call]) => {
        const answer = await receiver.receive(channelId, call);
        expect([200, 400, 413, 415]).toContain(answer.status);
      }),
      { numRuns: 600 },
    );
  });
});
