import { ChannelEventTypes, Topics, createEnvelope, systemEnvelopeContext, type EventEnvelope, type MessageReceivedPayload } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
// The consumer's own validation: what realtime publishes must be what ingestion accepts.
import { parseReplyRequested } from '../../ingestion/src/sending-replies/parse-reply-requested';
import { connectAgent, type AgentClient } from './testing/clients';
import { startRealtimeTestApp, type RealtimeTestApp } from './testing/realtime-test-app';
import { ok } from './testing/test-client';

/** Conversations from the other channels: the customer's messages reach the agent, the agent's replies go to ingestion. */
describe('realtime: answering an SMS conversation', () => {
  let harness: RealtimeTestApp;
  let agent: AgentClient;
  let outbound: EventEnvelope[];
  const threadKey = 'demo-sms:phone:+14155550123';

  const sms = (text: string, providerMessageId: string) => {
    const payload: MessageReceivedPayload = { threadKey, providerMessageId, from: { kind: 'phone', value: '+14155550123' }, channelAddress: '+14155550100', text, media: [] };
    const event = createEnvelope({ type: ChannelEventTypes.messageReceived, tenantId: 'demo', source: { channel: 'sms', provider: 'twilio', channelId: 'demo-sms', providerEventId: providerMessageId }, payload }, systemEnvelopeContext);
    return harness.bus.publish(Topics.channelEvents, [{ key: threadKey, event: event as unknown as EventEnvelope }]);
  };

  beforeAll(async () => {
    harness = await startRealtimeTestApp();
    outbound = await harness.record(Topics.outboundMessages);
    agent = await connectAgent(harness.url, (await harness.login('agent4@demo.test')).token);
    ok(await agent.request('presence:set', { presence: 'available' }));
  });

  afterAll(async () => {
    agent.close();
    await harness.close();
  });

  it('shows the SMS to the agent who accepts it and hands the reply to ingestion with the address to send it to', async () => {
    await sms('Where is my parcel?', 'SM1');
    const offer = await agent.event('offer', (pushed) => pushed.conversationId === threadKey);
    expect(offer.channel).toBe('messaging');
    const opened = ok(await agent.request('offer:accept', { conversationId: threadKey, offerId: offer.offerId }));
    expect(opened.messages.map((message) => message.text)).toEqual(['Where is my parcel?']);

    await sms('It was due yesterday.', 'SM2');
    await agent.event('conversation:message', (message) => message.text === 'It was due yesterday.');

    const reply = ok(await agent.request('message:send', { conversationId: threadKey, text: 'It leaves the depot today.' }));
    const request = await waitFor(() => outbound.find((event) => event.id === reply.messageId));
    expect(request).toMatchObject({ type: 'message.reply-requested.v1', tenantId: 'demo', subject: { conversationId: threadKey } });
    expect(parseReplyRequested(request.payload)).toEqual({
      channelId: 'demo-sms',
      conversationId: threadKey,
      threadKey,
      reply: { to: { kind: 'phone', value: '+14155550123' }, channelAddress: '+14155550100', text: 'It leaves the depot today.', replyToProviderMessageId: 'SM2' },
    });

    // A transfer hands the conversation back to routing and out of the agent's hands.
    expect(ok(await agent.request('conversation:transfer', { conversationId: threadKey, queueId: 'default' }))).toMatchObject({ conversationId: threadKey, status: 'waiting' });
    expect(await agent.event('conversation:ended')).toEqual({ conversationId: threadKey, reason: 'transferred' });
    expect(await agent.request('message:send', { conversationId: threadKey, text: 'still mine?' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
