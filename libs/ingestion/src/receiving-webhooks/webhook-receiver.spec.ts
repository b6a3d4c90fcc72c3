import { InvalidSignature, type ChannelHandler, type ChannelKind } from '@switchboard/channels-core';
import { newId } from '@switchboard/contracts';
import { BusUnavailable, createInProcessBus, type Bus, type OutgoingMessage } from '@switchboard/infra-bus';
import type { ChannelRecord } from '../channels/channel-record';
import type { DedupStore } from '../dedup/dedup-store';
import { createMemoryDedupStore } from '../dedup/memory/memory-dedup-store';
import { generic, meta } from '../testing/provider-fixtures';
import { createChannelHandlers } from './channel-handlers';
import { WebhookReceiver } from './webhook-receiver';

const now = new Date('2026-11-23T09:05:00Z');
const TOPIC = 'test.channel-events';
const genericChannel: ChannelRecord = { ...generic.genericConnection, secrets: { signingSecret: generic.SIGNING_SECRET }, createdAt: now };
const metaChannel: ChannelRecord = { ...meta.metaConnection, secrets: { appSecret: meta.APP_SECRET, verifyToken: meta.VERIFY_TOKEN }, createdAt: now };

const body = (id: string, value = '+442079460958') => Buffer.from(JSON.stringify({ id, type: 'message', from: { kind: 'phone', value }, text: `text of ${id}` }));
const signed = (id: string) => generic.genericRequest(body(id), now);

interface Setup {
  receiver: WebhookReceiver;
  published: OutgoingMessage[][];
  dedup: DedupStore;
  failPublishes(count: number): void;
}

function setup(options: { dedup?: DedupStore; handlers?: ReadonlyMap<ChannelKind, ChannelHandler>; channels?: ChannelRecord[]; registryDown?: boolean } = {}): Setup {
  const bus: Bus = createInProcessBus();
  const published: OutgoingMessage[][] = [];
  let failures = 0;
  const dedup = options.dedup ?? createMemoryDedupStore();
  const channels = options.channels ?? [genericChannel, metaChannel];
  const receiver = new WebhookReceiver({
    channels: {
      find: async (id) => {
        if (options.registryDown) throw new Error('connection refused');
        return channels.find((channel) => channel.id === id) ?? null;
      },
    },
    handlers: options.handlers ?? createChannelHandlers(),
    dedup,
    // The real in-process bus, with a fault switch in front of it.
    bus: {
      publish: async (topic, messages) => {
        if (failures > 0) {
          failures -= 1;
          throw new BusUnavailable('broker down');
        }
        await bus.publish(topic, messages);
        published.push([...messages]);
      },
    },
    topic: TOPIC,
    envelopes: { now: () => now, newId },
    dedupTtlMs: 24 * 3600_000,
    claimTtlMs: 30_000,
    retryAfterSeconds: 7,
  });
  return { receiver, published, dedup, failPublishes: (count) => (failures = count) };
}

describe('WebhookReceiver', () => {
  it("publishes a webhook's events in one batch, keyed by thread, then answers the provider's response", async () => {
    const { receiver, published } = setup();
    const answer = await receiver.receive('demo-generic', signed('evt-1'));
    expect(answer).toMatchObject({ status: 200, body: JSON.stringify({ received: 'evt-1' }), outcome: 'accepted', kind: 'generic', published: 1 });
    expect(published).toHaveLength(1);
    const [message] = published[0]!;
    expect(message?.key).toBe('demo-generic:phone:+442079460958');
    expect(message?.event).toMatchObject({
      type: 'message.received.v1',
      tenantId: 'demo',
      recordedAt: now.toISOString(),
      source: { provider: 'generic', providerEventId: 'evt-1', channelId: 'demo-generic' },
    });
    expect(message?.event.correlationId).toBe(message?.event.id);
  });

  it('gives every event of a multi-entry webhook the same correlation id', async () => {
    const { receiver, published } = setup();
    const answer = await receiver.receive('demo-meta', meta.metaRequest(meta.fixtureBytes('whatsapp-multi-entry')));
    expect(answer).toMatchObject({ status: 200, outcome: 'accepted', published: 5 });
    expect(published).toHaveLength(1);
    const events = published[0]!.map((message) => message.event);
    expect(new Set(events.map((event) => event.correlationId))).toEqual(new Set([events[0]?.id]));
  });

  it('answers a redelivery with the same response and publishes nothing', async () => {
    const { receiver, published } = setup();
    const first = await receiver.receive('demo-generic', signed('evt-2'));
    const again = await receiver.receive('demo-generic', signed('evt-2'));
    expect(again).toMatchObject({ status: first.status, body: first.body, outcome: 'duplicate', published: 0 });
    expect(published).toHaveLength(1);
  });

  it('publishes only the new events of a webhook that repeats some', async () => {
    const { receiver, published } = setup();
    const raw = meta.fixtureBytes('whatsapp-multi-entry');
    await receiver.receive('demo-meta', meta.metaRequest(raw));
    const withOneMore = Buffer.from(raw.toString('utf8').replace('wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQjc5MTBGRDk2MkQ0MDA0QjIwQgA=', 'wamid.NEW'));
    const answer = await receiver.receive('demo-meta', meta.metaRequest(withOneMore));
    expect(answer).toMatchObject({ status: 200, outcome: 'accepted', published: 1 });
    expect(published[1]?.map((message) => message.event.source.providerEventId)).toEqual(['wamid.NEW']);
  });

  it('answers 503 with Retry-After while the bus is down, marks nothing as seen, and publishes on the retry', async () => {
    const { receiver, published, failPublishes } = setup();
    failPublishes(1);
    const refused = await receiver.receive('demo-generic', signed('evt-3'));
    expect(refused).toMatchObject({ status: 503, outcome: 'unavailable', headers: { 'retry-after': '7' }, published: 0 });
    expect(JSON.parse(refused.body)).toEqual({ statusCode: 503, code: 'BUS_UNAVAILABLE', message: 'events cannot be stored right now; retry later' });
    const retried = await receiver.receive('demo-generic', signed('evt-3'));
    expect(retried).toMatchObject({ status: 200, outcome: 'accepted', published: 1 });
    expect(published).toHaveLength(1);
  });

  it('answers 503 to a delivery racing another one of the same event, and leaves the claim to it', async () => {
    const dedup = createMemoryDedupStore();
    const { receiver, published } = setup({ dedup });
    await dedup.claim(['demo/demo-generic/evt-4'], 'other-delivery', 30_000);
    const answer = await receiver.receive('demo-generic', signed('evt-4'));
    expect(answer).toMatchObject({ status: 503, outcome: 'in_flight', headers: { 'retry-after': '7' } });
    expect(JSON.parse(answer.body).code).toBe('DUPLICATE_IN_FLIGHT');
    expect(published).toHaveLength(0);
    expect(await dedup.claim(['demo/demo-generic/evt-4'], 'third', 30_000)).toEqual(['in-flight']);
  });

  it('releases the claims of its own events when another delivery holds one of them', async () => {
    const dedup = createMemoryDedupStore();
    const { receiver } = setup({ dedup });
    const first = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=';
    const second = 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBQjVDQTg5RDE0RUU2QTVDOTdBAA==';
    await dedup.claim([`demo/demo-meta/${second}`], 'other-delivery', 30_000);
    expect((await receiver.receive('demo-meta', meta.metaRequest(meta.fixtureBytes('whatsapp-multi-entry')))).status).toBe(503);
    expect(await dedup.claim([`demo/demo-meta/${first}`], 'next', 30_000)).toEqual(['claimed']);
  });

  it('still accepts (at least once) when the dedup store fails, and says so', async () => {
    const broken: DedupStore = {
      ...createMemoryDedupStore(),
      claim: async () => {
        throw new Error('redis down');
      },
      confirm: async () => {
        throw new Error('redis down');
      },
    };
    const { receiver, published } = setup({ dedup: broken });
    const answer = await receiver.receive('demo-generic', signed('evt-5'));
    expect(answer).toMatchObject({ status: 200, outcome: 'accepted', published: 1 });
    expect(answer.dedupFailure).toBeInstanceOf(Error);
    expect(published).toHaveLength(1);
  });

  it("answers a refusal with the library's status and { statusCode, code, message }", async () => {
    const { receiver, published } = setup();
    const forged = { ...signed('evt-6'), rawBody: body('evt-6', '+442079460959') };
    const answer = await receiver.receive('demo-generic', forged);
    expect(answer).toMatchObject({ status: 401, outcome: 'rejected_invalid_signature', kind: 'generic', headers: {} });
    expect(JSON.parse(answer.body)).toEqual({ statusCode: 401, code: 'INVALID_SIGNATURE', message: 'X-Switchboard-Signature does not match' });
    expect(published).toHaveLength(0);
  });

  it('answers 503 with Retry-After for a channel that lacks a secret, so the provider retries once it is fixed', async () => {
    const bare: ChannelRecord = { ...genericChannel, secrets: {} };
    const { receiver } = setup({ channels: [bare] });
    const answer = await receiver.receive('demo-generic', signed('evt-7'));
    expect(answer).toMatchObject({ status: 503, outcome: 'rejected_channel_misconfigured', headers: { 'retry-after': '7' } });
  });

  it('answers 404 for an unknown channel and 503 when the registry cannot be read', async () => {
    expect(await setup().receiver.receive('nope', signed('evt-8'))).toMatchObject({ status: 404, outcome: 'rejected_channel_not_found', kind: 'unknown' });
    expect(await setup({ registryDown: true }).receiver.receive('demo-generic', signed('evt-8'))).toMatchObject({ status: 503, outcome: 'unavailable' });
  });

  it('answers GET with the handshake where the kind has one, 405 elsewhere', async () => {
    const { receiver } = setup();
    const handshake = { ...meta.metaRequest(Buffer.alloc(0)), method: 'GET', query: { 'hub.mode': 'subscribe', 'hub.verify_token': meta.VERIFY_TOKEN, 'hub.challenge': '42' } };
    expect(await receiver.verifyUrl('demo-meta', handshake)).toMatchObject({ status: 200, body: '42', outcome: 'verified' });
    expect(await receiver.verifyUrl('demo-meta', { ...handshake, query: { ...handshake.query, 'hub.verify_token': 'x' } })).toMatchObject({ status: 403 });
    expect(await receiver.verifyUrl('demo-generic', handshake)).toMatchObject({ status: 405, outcome: 'rejected_method_not_allowed' });
  });

  it('answers a valid webhook without events with its response, publishing nothing', async () => {
    const ignoring: ChannelHandler = {
      kind: 'generic',
      maxBodyBytes: 1024,
      verify: () => undefined,
      handle: async () => ({ response: { status: 200, contentType: 'text/plain', body: 'ok' }, events: [], ignored: [{ reason: 'not a message' }] }),
    };
    const { receiver, published } = setup({ handlers: new Map([['generic', ignoring]]) });
    expect(await receiver.receive('demo-generic', signed('evt-9'))).toMatchObject({ status: 200, outcome: 'ignored', published: 0 });
    expect(published).toHaveLength(0);
  });

  it('lets a handler bug surface as an error (the edge answers 500), never as a refusal', async () => {
    const buggy: ChannelHandler = {
      kind: 'generic',
      maxBodyBytes: 1024,
      verify: () => undefined,
      handle: async () => {
        throw new TypeError('cannot read properties of undefined');
      },
    };
    await expect(setup({ handlers: new Map([['generic', buggy]]) }).receiver.receive('demo-generic', signed('evt-10'))).rejects.toThrow(TypeError);
    const refusing: ChannelHandler = { ...buggy, verify: () => { throw new InvalidSignature('no'); } };
    expect((await setup({ handlers: new Map([['generic', refusing]]) }).receiver.receive('demo-generic', signed('evt-10'))).status).toBe(401);
  });
});
