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
  let agentId: string;
  const threadKey = 'demo-sms:phone:+14155550123';

  const sms = (text: string, providerMessageId: string) => {
    const payload: MessageReceivedPayload = { threadKey, providerMessageId, from: { kind: 'phone', value: '+14155550123' }, channelAddress: '+14155550100', text, media: [] };
    const event = createEnvelope({ type: ChannelEventTypes.messageReceived, tenantId: 'demo', source: { channel: 'sms', provider: 'twilio', channelId: 'demo-sms', providerEventId: providerMessageId }, payload }, systemEnvelopeContext);
    return harness.bus.publish(Topics.channelEvents, [{ key: threadKey, event: event as unknown as EventEnvelope }]);
  };

  beforeAll(async () => {
    harness = await startRealtimeTestApp();
    outbound = await harness.record(Topics.outboundMessages);
    const login = await harness.login('agent4@demo.test');
    agentId = login.userId;
    agent = await connectAgent(harness.url, login.token);
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
      author: { kind: 'agent', id: agentId },
      reply: { to: { kind: 'phone', value: '+14155550123' }, channelAddress: '+14155550100', text: 'It leaves the depot today.', replyToProviderMessageId: 'SM2' },
    });

    // A transfer hands the conversation back to routing and out of the agent's hands.
    expect(ok(await agent.request('conversation:transfer', { conversationId: threadKey, queueId: 'default' }))).toMatchObject({ conversationId: threadKey, status: 'waiting' });
    expect(await agent.event('conversation:ended')).toEqual({ conversationId: threadKey, reason: 'transferred' });
    expect(await agent.request('message:send', { conversationId: threadKey, text: 'still mine?' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it("shows an agent who takes the contact over what the self-service bot already answered, and each reply once", async () => {
    const key = 'demo-sms:phone:+14155550177';
    const from = { kind: 'phone', value: '+14155550177' } as const;
    const inbound: MessageReceivedPayload = { threadKey: key, providerMessageId: 'SM10', from, channelAddress: '+14155550100', text: 'What are your opening hours?', media: [] };
    const received = createEnvelope({ type: ChannelEventTypes.messageReceived, tenantId: 'demo', source: { channel: 'sms', provider: 'twilio', channelId: 'demo-sms', providerEventId: 'SM10' }, payload: inbound }, systemEnvelopeContext);
    const sent = (messageId: string, author: { kind: 'agent' | 'bot'; id: string | null }, text: string) =>
      createEnvelope(
        {
          type: 'message.sent.v1',
          tenantId: 'demo',
          source: { channel: 'sms', provider: 'twilio', channelId: 'demo-sms' },
          subject: { conversationId: key },
          payload: { channelId: 'demo-sms', conversationId: key, threadKey: key, to: from, messageId, author, text, attempts: 1, providerMessageIds: [`SM-${messageId}`] },
        },
        systemEnvelopeContext,
      );
    await harness.bus.publish(Topics.channelEvents, [
      { key, event: received as unknown as EventEnvelope },
      { key, event: sent('bot-1', { kind: 'bot', id: null }, 'We are open 9 to 5. Reply AGENT to talk to a person.') as unknown as EventEnvelope },
    ]);
    // A second agent takes this one; the first test's transferred SMS may reach them first: they take that too.
    const login = await harness.login('agent5@demo.test');
    const other = await connectAgent(harness.url, login.token);
    agent.close();
    agent = other;
    ok(await agent.request('presence:set', { presence: 'available' }));
    const taken = new Set<string>();
    const offer = await agent.event('offer', (pushed) => {
      if (pushed.conversationId === key) return true;
      if (!taken.has(pushed.offerId)) {
        taken.add(pushed.offerId);
        agent.socket.emit('offer:accept', { conversationId: pushed.conversationId, offerId: pushed.offerId }, () => undefined);
      }
      return false;
    });
    ok(await agent.request('offer:accept', { conversationId: key, offerId: offer.offerId }));
    const reply = ok(await agent.request('message:send', { conversationId: key, text: 'And 10 to 2 on Saturdays.' }));
    await harness.bus.publish(Topics.channelEvents, [{ key, event: sent(reply.messageId, { kind: 'agent', id: login.userId }, reply.text) as unknown as EventEnvelope }]);
    const shown = await waitFor(async () => {
      const messages = ok(await agent.request('conversation:open', { conversationId: key })).messages;
      return messages.length >= 3 ? messages : null;
    });
    expect(shown.map((message) => [message.author.kind, message.text])).toEqual([
      ['customer', 'What are your opening hours?'],
      ['bot', 'We are open 9 to 5. Reply AGENT to talk to a person.'],
      ['agent', 'And 10 to 2 on Saturdays.'],
    ]);
  });
});
