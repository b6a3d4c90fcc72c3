import { createTwilioMessagingHandler } from '@switchboard/channels-twilio';
import { RoutingEventTypes, Topics, newId, type EventEnvelope, type RoutingEvent } from '@switchboard/contracts';
import { BUS, type Bus } from '@switchboard/infra-bus';
import { describeWithServices, uniqueSuffix, waitFor } from '@switchboard/testing';
// The provider library's own webhook fixture and signing helper, and the gateway's envelopes, as the ingestion's tests use them.
import { SMS_URL, fixture, smsConnection, twilioRequest } from '../../../channels/twilio/src/testing/signed-twilio-request';
import { channelEnvelopes } from '../../../ingestion/src/receiving-webhooks/channel-envelopes';
// The consumer's own validation: what the bot requests must be what ingestion accepts and sends.
import { parseReplyRequested } from '../../../ingestion/src/sending-replies/parse-reply-requested';
import { RoutingCatalog } from '../catalog/routing-catalog';
import { ArticlesRepository } from '../knowledge-base/articles.repository';
import type { RoutingService } from '../routing.facade';
import { T0, queue } from '../state/testing/routing-state.fixtures';
import { startRoutingTestApp, type RoutingTestApp } from '../testing/routing-test-app';

/**
 * Self-service on WhatsApp, from Twilio's webhook to the bot's reply request and on to an agent's
 * offer or a resolution: the provider library normalises a signed webhook as the gateway does, the
 * event goes through the in-process bus to routing's `router` consumer, and what the bot asks to
 * send is read from the outbound topic.
 */
function testMessagingSelfService(state: 'memory' | 'redis'): void {
  let harness: RoutingTestApp;
  let routing: RoutingService;
  let catalog: RoutingCatalog;
  let articles: ArticlesRepository;
  let bus: Bus;
  let outbound: EventEnvelope[];
  let events: RoutingEvent[];
  let tenant = '';
  const now = T0;
  const handler = createTwilioMessagingHandler();

  /** A customer's WhatsApp message as Twilio posts it, through the provider library and onto the bus; the contact id is its thread key. */
  async function whatsapp(body: string, phone = '+14155550123'): Promise<{ threadKey: string; event: EventEnvelope }> {
    const sid = `SM${newId().replace(/-/g, '')}`;
    const params = { ...fixture('inbound-whatsapp'), Body: body, MessageSid: sid, SmsMessageSid: sid, SmsSid: sid, From: `whatsapp:${phone}`, WaId: phone.slice(1) };
    const result = await handler.handle(twilioRequest(SMS_URL, params), { ...smsConnection, tenantId: tenant }, new Date(now));
    const messages = channelEnvelopes(result.events, { now: () => new Date(now), newId });
    await bus.publish(Topics.channelEvents, messages);
    const [message] = messages;
    if (!message) throw new Error('the webhook produced no event');
    return { threadKey: message.key, event: message.event };
  }

  /**
   * Waits until routing has handled everything published so far for the thread and the outbound
   * topic's recorder has seen everything published so far for it: one partition per key keeps both
   * in order, so a call ending on the thread (which routing records) and then a marker on the
   * outbound topic come last.
   */
  async function settled(threadKey: string): Promise<void> {
    const ended = channelEnvelopes(
      [{ type: 'call.ended.v1', tenantId: tenant, source: { channel: 'voice', provider: 'test' }, threadKey, payload: { threadKey } as never }],
      { now: () => new Date(now), newId },
    );
    await bus.publish(Topics.channelEvents, ended);
    await waitFor(() => of(RoutingEventTypes.contactAbandoned).find((event) => event.payload.contactId === threadKey), { what: 'routing to catch up' });
    const marker = ended.map(({ key, event }) => ({ key, event: { ...event, id: newId(), type: 'test.marker-published.v1' } }));
    await bus.publish(Topics.outboundMessages, marker);
    await waitFor(() => outbound.some((event) => event.id === marker[0]?.event.id), { what: 'the outbound recorder to catch up' });
  }

  const botReplies = (threadKey?: string) =>
    outbound.filter((event) => event.tenantId === tenant && event.type === 'message.reply-requested.v1' && (threadKey === undefined || event.subject.conversationId === threadKey));
  const of = <T extends RoutingEvent['type']>(type: T) => events.filter((event): event is Extract<RoutingEvent, { type: T }> => event.type === type);

  beforeAll(async () => {
    harness = await startRoutingTestApp({ state, clock: () => now, policy: { tickMs: 0, eventDriven: false } });
    routing = harness.routing;
    catalog = harness.app.get(RoutingCatalog);
    articles = harness.app.get(ArticlesRepository);
    bus = harness.app.get<Bus>(BUS);
    const seen: EventEnvelope[] = [];
    await bus.subscribe({ groupId: `test-outbound-${uniqueSuffix()}`, topics: [Topics.outboundMessages], fromBeginning: false, handler: async ({ event }) => void seen.push(event) });
    outbound = seen;
    routing.onRoutingEvent((event) => {
      if (event.tenantId === tenant) events.push(event);
    });
  });

  beforeEach(async () => {
    tenant = `ss-${uniqueSuffix()}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
    events = [];
    await catalog.saveQueue(tenant, queue('whatsapp', { channels: ['messaging'], selfService: true }));
    const hours = await articles.create(tenant, newId(), {
      language: 'en',
      title: 'Store opening hours',
      body: 'Our store is open Monday to Saturday from 9:00 to 18:00, and on Sunday from 10:00 to 16:00.',
      tags: ['store', 'hours', 'sunday'],
    });
    await articles.setStatus(tenant, hours.id, 'published');
  });

  afterAll(async () => {
    await harness.close();
  });

  it('answers a WhatsApp question with the article, then offers the contact to an agent when the customer replies AGENT', async () => {
    await routing.setPresence(tenant, 'ann', 'available');
    const { threadKey, event: question } = await whatsapp('Is the store open on Sunday? 🙂');

    const [reply] = await waitFor(() => (botReplies(threadKey).length > 0 ? botReplies(threadKey) : null), { what: "the bot's answer" });
    expect(reply).toMatchObject({ tenantId: tenant, causationId: question.id, source: { channel: 'whatsapp', provider: 'router', channelId: 'demo-sms' } });
    const request = parseReplyRequested(reply?.payload);
    expect(request).toMatchObject({
      channelId: 'demo-sms',
      conversationId: threadKey,
      threadKey,
      author: { kind: 'bot', id: null },
      reply: { to: { kind: 'whatsapp', value: '+14155550123' }, channelAddress: 'whatsapp:+14155238886' },
    });
    expect(request.reply.text).toContain('Store opening hours\nOur store is open Monday to Saturday');
    expect(request.reply.text).toMatch(/Reply YES if this answered your question, or AGENT to talk to a person\.$/);
    expect(await routing.contact(tenant, threadKey)).toMatchObject({ queueId: 'whatsapp', status: 'self-service' });
    await harness.engine.runPass(tenant);
    expect(of(RoutingEventTypes.offerMade)).toHaveLength(0);

    await whatsapp('AGENT');
    await waitFor(async () => (await routing.contact(tenant, threadKey))?.status === 'waiting', { what: 'the contact waiting for an agent' });
    await harness.engine.runPass(tenant);
    expect(of(RoutingEventTypes.agentRequested).map((event) => event.payload.contactId)).toEqual([threadKey]);
    expect(of(RoutingEventTypes.offerMade)[0]?.payload).toMatchObject({ contactId: threadKey, agentId: 'ann' });
    expect(botReplies(threadKey)).toHaveLength(1);

    // Offered to an agent: the bot stays out of the conversation, whatever the customer writes.
    expect((await routing.contact(tenant, threadKey))?.status).toBe('offered');
    await whatsapp('Is the store open on Sunday?');
    await whatsapp('yes');
    await settled(threadKey);
    expect(botReplies(threadKey)).toHaveLength(1);
    expect(of(RoutingEventTypes.selfServiceResolved)).toHaveLength(0);
  });

  it('closes the contact as resolved by self-service when the customer replies YES, counted like the web chat', async () => {
    const { threadKey } = await whatsapp('When are you open on sunday');
    await waitFor(() => botReplies(threadKey)[0], { what: "the bot's answer" });
    await whatsapp('YES');
    await waitFor(() => of(RoutingEventTypes.selfServiceResolved)[0], { what: 'the resolution' });
    expect(of(RoutingEventTypes.selfServiceResolved)[0]?.payload).toEqual({ contactId: threadKey, queueId: 'whatsapp', articleId: null });
    expect(await routing.contact(tenant, threadKey)).toBeNull();
    expect((await routing.queueFigures(tenant)).find((figures) => figures.queueId === 'whatsapp')).toMatchObject({ selfServiceResolvedToday: 1, inSelfService: 0, waiting: 0 });
    expect(botReplies(threadKey)).toHaveLength(1);
  });

  it('routes straight to an agent when the customer asks for one, when no article answers, or when the queue has no self-service', async () => {
    const { threadKey: asked } = await whatsapp('agent please', '+14155550101');
    const { threadKey: unanswered } = await whatsapp('My parcel arrived damaged', '+14155550102');
    for (const threadKey of [asked, unanswered]) {
      await waitFor(async () => (await routing.contact(tenant, threadKey))?.status === 'waiting', { what: `${threadKey} waiting` });
      expect(of(RoutingEventTypes.contactQueued).find((event) => event.payload.contactId === threadKey)?.payload).toMatchObject({ queueId: 'whatsapp', mode: 'agent' });
    }

    await catalog.saveQueue(tenant, queue('whatsapp', { channels: ['messaging'], selfService: false }));
    const { threadKey } = await whatsapp('Is the store open on Sunday?', '+14155550103');
    await waitFor(async () => (await routing.contact(tenant, threadKey))?.status === 'waiting', { what: 'the contact waiting without self-service' });
    for (const key of [asked, unanswered, threadKey]) await settled(key);
    expect(botReplies()).toHaveLength(0);
  });
}

describe('self-service on messaging channels, on the memory state', () => testMessagingSelfService('memory'));
describeWithServices(['redis'], 'self-service on messaging channels, on the Redis state', () => testMessagingSelfService('redis'));
