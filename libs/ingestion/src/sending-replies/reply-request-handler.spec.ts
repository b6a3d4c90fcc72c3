import { OutboundEventTypes, createEnvelope, newId, type EventEnvelope, type ReplyRequestedPayload } from '@switchboard/contracts';
import { BusUnavailable, type OutgoingMessage } from '@switchboard/infra-bus';
import type { ChannelRecord } from '../channels/channel-record';
import { createMemoryDedupStore } from '../dedup/memory/memory-dedup-store';
import type { DeliveryResult } from './delivery-result';
import { ReplyInFlight, ReplyRequestHandler } from './reply-request-handler';

const now = new Date('2026-11-23T09:00:00Z');
const channel: ChannelRecord = { id: 'demo-sms', tenantId: 'demo', kind: 'twilio-messaging', secrets: { authToken: 't' }, settings: {}, createdAt: now };
const payload: ReplyRequestedPayload = {
  channelId: 'demo-sms',
  conversationId: 'conv-1',
  threadKey: 'demo-sms:phone:+14155550123',
  author: { kind: 'agent', id: 'agent-1' },
  reply: { to: { kind: 'phone', value: '+14155550123' }, text: 'On its way' },
};
const replyRequest = (tenantId = 'demo', body: unknown = payload): EventEnvelope =>
  createEnvelope({ type: OutboundEventTypes.replyRequested, tenantId, source: { channel: 'system', provider: 'test' }, payload: body as Record<string, unknown> }, { now: () => now, newId });

function setup(result: DeliveryResult = { ok: true, providerMessageIds: ['SM1'], attempts: 1 }) {
  const sent: string[] = [];
  const published: OutgoingMessage[] = [];
  let publishFailures = 0;
  const dedup = createMemoryDedupStore();
  const handler = new ReplyRequestHandler({
    channels: { findInTenant: async (tenantId, id) => (tenantId === channel.tenantId && id === channel.id ? channel : null) },
    sender: {
      send: async (_channel, request) => {
        sent.push(request.reply.text);
        return result;
      },
    },
    dedup,
    bus: {
      publish: async (_topic, messages) => {
        if (publishFailures-- > 0) throw new BusUnavailable('down');
        published.push(...messages);
      },
    },
    topic: 'events',
    envelopes: { now: () => now, newId },
    dedupTtlMs: 60_000,
    claimTtlMs: 60_000,
  });
  return { handler, sent, published, dedup, failPublishes: (count: number) => (publishFailures = count) };
}

describe('ReplyRequestHandler', () => {
  it('sends the reply and records message.sent.v1 with its text and author, caused by the request and keyed by its thread', async () => {
    const { handler, sent, published } = setup();
    const request = replyRequest();
    expect(await handler.handle(request)).toMatchObject({ outcome: 'sent', kind: 'twilio-messaging' });
    expect(sent).toEqual(['On its way']);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      key: 'demo-sms:phone:+14155550123',
      event: {
        type: 'message.sent.v1',
        tenantId: 'demo',
        correlationId: request.correlationId,
        causationId: request.id,
        source: { channel: 'twilio-messaging', provider: 'twilio', channelId: 'demo-sms' },
        subject: { conversationId: 'conv-1' },
        payload: {
          channelId: 'demo-sms',
          conversationId: 'conv-1',
          threadKey: 'demo-sms:phone:+14155550123',
          to: { kind: 'phone', value: '+14155550123' },
          messageId: request.id,
          author: { kind: 'agent', id: 'agent-1' },
          text: 'On its way',
          providerMessageIds: ['SM1'],
          attempts: 1,
        },
      },
    });
  });

  it("reads a request recorded before replies named their author as an unknown agent's", async () => {
    const { handler, published } = setup();
    const withoutAuthor = Object.fromEntries(Object.entries(payload).filter(([field]) => field !== 'author'));
    expect(await handler.handle(replyRequest('demo', withoutAuthor))).toMatchObject({ outcome: 'sent' });
    expect(published[0]?.event.payload).toMatchObject({ author: { kind: 'agent', id: null }, text: 'On its way' });
  });

  it('skips a redelivery of a reply already sent', async () => {
    const { handler, sent, published } = setup();
    const request = replyRequest();
    await handler.handle(request);
    expect(await handler.handle(request)).toEqual({ outcome: 'already-sent' });
    expect(sent).toHaveLength(1);
    expect(published).toHaveLength(1);
  });

  it('records message.delivery-failed.v1 with the reason', async () => {
    const { handler, published } = setup({ ok: false, code: 'PROVIDER_REJECTED', reason: 'twilio-messaging API answered 400', retriable: false, attempts: 1, providerStatus: 400, providerMessageIds: [] });
    expect(await handler.handle(replyRequest())).toMatchObject({ outcome: 'failed' });
    expect(published[0]?.event).toMatchObject({
      type: 'message.delivery-failed.v1',
      payload: { code: 'PROVIDER_REJECTED', retriable: false, providerStatus: 400, author: { kind: 'agent', id: 'agent-1' }, text: 'On its way', threadKey: 'demo-sms:phone:+14155550123' },
    });
  });

  it("refuses another tenant's channel: nothing is sent, the failure is recorded for the requesting tenant", async () => {
    const { handler, sent, published } = setup();
    expect(await handler.handle(replyRequest('other'))).toMatchObject({ outcome: 'failed' });
    expect(sent).toHaveLength(0);
    expect(published[0]?.event).toMatchObject({ tenantId: 'other', type: 'message.delivery-failed.v1', payload: { code: 'CHANNEL_NOT_FOUND' } });
  });

  it('skips invalid requests and other event types without sending or recording', async () => {
    const { handler, sent, published } = setup();
    expect(await handler.handle(replyRequest('demo', { channelId: 'demo-sms' }))).toEqual({ outcome: 'invalid' });
    expect(await handler.handle({ ...replyRequest(), type: 'message.something-else.v1' })).toEqual({ outcome: 'ignored' });
    expect(sent).toHaveLength(0);
    expect(published).toHaveLength(0);
  });

  it('leaves a reply another sender holds to the bus to retry', async () => {
    const { handler, dedup, sent } = setup();
    const request = replyRequest();
    await dedup.claim([`outbound/demo/${request.id}`], 'another-sender', 60_000);
    await expect(handler.handle(request)).rejects.toBeInstanceOf(ReplyInFlight);
    expect(sent).toHaveLength(0);
  });

  it('gives the claim back when the outcome cannot be recorded, so the redelivery sends and records it', async () => {
    const { handler, sent, published, failPublishes } = setup();
    const request = replyRequest();
    failPublishes(1);
    await expect(handler.handle(request)).rejects.toBeInstanceOf(BusUnavailable);
    expect(await handler.handle(request)).toMatchObject({ outcome: 'sent' });
    expect(sent).toHaveLength(2);
    expect(published).toHaveLength(1);
  });
});
