import { ChannelEventTypes, RealtimeBusEventTypes, Topics, type EventEnvelope } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
import { agentIn, connectAgent, connectCustomer, connectSupervisor, queueIn, type AgentClient, type ChatClient, type SupervisorClient } from './testing/clients';
import { startRealtimeTestApp, type LoggedIn, type RealtimeTestApp } from './testing/realtime-test-app';
import { ok } from './testing/test-client';

/**
 * The story over real socket.io clients against a listening app: a web chat customer, an
 * agent and a supervisor, with routing, the knowledge base and the bus all real.
 */
describe('realtime: a chat customer reaches an agent', () => {
  let harness: RealtimeTestApp;
  let admin: LoggedIn;
  let agent1: LoggedIn;
  let agent2: LoggedIn;
  let supervisorLogin: LoggedIn;
  let channelEvents: EventEnvelope[];
  let articleId: string;
  const open: { close(): void }[] = [];
  const track = <T extends { close(): void }>(client: T): T => {
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    harness = await startRealtimeTestApp();
    [admin, agent1, agent2, supervisorLogin] = await Promise.all(['admin@demo.test', 'agent1@demo.test', 'agent2@demo.test', 'supervisor@demo.test'].map((email) => harness.login(email))) as [LoggedIn, LoggedIn, LoggedIn, LoggedIn];
    channelEvents = await harness.record(Topics.channelEvents);
    // A self-service web chat queue and one published article, as an admin sets them up.
    const bearer = { Authorization: `Bearer ${admin.token}` };
    await harness.http().put('/api/routing/queues/web').set(bearer).send({ name: 'Web chat', channels: ['chat'], selfService: true }).expect(200);
    const article = await harness.http().post('/api/kb/articles').set(bearer).send({ language: 'en', title: 'Reset your password', body: 'Open settings, choose security, then reset your password.', tags: ['password', 'login'] }).expect(201);
    articleId = article.body.id as string;
    await harness.http().post(`/api/kb/articles/${articleId}/publish`).set(bearer).expect(200);
    // The customers say they speak English: routing offers their chats only to agents who list it.
    await harness.http().put(`/api/routing/agents/${agent1.userId}`).set(bearer).send({ displayName: 'Agent 1', languages: ['en'] }).expect(200);
  });

  afterAll(async () => {
    for (const client of open) client.close();
    await harness.close();
  });

  it('answers with a knowledge-base article, then an agent takes over, they talk, the agent wraps up, and the supervisor sees it all', async () => {

    const agent: AgentClient = track(await connectAgent(harness.url, agent1.token));
    expect(await agent.event('session')).toMatchObject({ agentId: agent1.userId, tenantId: 'demo', agent: { presence: 'offline' }, offer: null, recovered: false });
    expect(ok(await agent.request('presence:set', { presence: 'available' }))).toMatchObject({ agentId: agent1.userId, presence: 'available' });
    await agent.event('presence', (presence) => presence.presence === 'available');
    const colleague: AgentClient = track(await connectAgent(harness.url, agent2.token));

    const supervisor: SupervisorClient = track(await connectSupervisor(harness.url, supervisorLogin.token));
    const first = await supervisor.event('figures');
    expect(queueIn(first, 'web')).toMatchObject({ waiting: 0, inSelfService: 0, assigned: 0, answeredToday: 0 });
    expect(agentIn(first, agent1.userId)).toMatchObject({ presence: 'available', totalLoad: 0 });

    // The customer asks; the self-service queue answers with the article.
    const customer: ChatClient = track(await connectCustomer(harness.url, { tenantId: 'demo' }));
    expect(await customer.event('chat:ready')).toEqual({ conversation: null, resumed: false });
    const started = ok(await customer.request('chat:start', { name: 'Ada', language: 'en' }));
    const conversationId = started.conversationId;
    expect(started).toMatchObject({ status: 'new', resumeToken: expect.any(String) });
    const question = ok(await customer.request('chat:message', { text: 'How do I reset my password?' }));
    expect(question.status).toBe('self-service');
    const suggested = await customer.event('chat:suggestions');
    expect(suggested).toMatchObject({ conversationId, messageId: question.message.messageId });
    expect(suggested.suggestions[0]).toMatchObject({ articleId, title: 'Reset your password' });
    await customer.event('chat:status', (status) => status.status === 'self-service');
    await supervisor.event('figures', (figures) => queueIn(figures, 'web')?.inSelfService === 1);

    // The customer wants a person: the available agent is offered the conversation with its countdown.
    expect(ok(await customer.request('chat:request-agent'))).toEqual({ conversationId, status: 'waiting' });
    const offer = await agent.event('offer', (pushed) => pushed.conversationId === conversationId);
    expect(offer).toMatchObject({ queueId: 'web', channel: 'chat' });
    expect(Date.parse(offer.expiresAt)).toBeGreaterThan(Date.now());
    await supervisor.event('figures', (figures) => queueIn(figures, 'web')?.offered === 1 && agentIn(figures, agent1.userId)?.offerPendingFor === conversationId);

    // Nobody else may take or answer it.
    expect(await colleague.request('offer:accept', { conversationId, offerId: offer.offerId })).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    const opened = ok(await agent.request('offer:accept', { conversationId, offerId: offer.offerId }));
    expect(opened.conversation).toMatchObject({ conversationId, status: 'assigned', assignedAgentId: agent1.userId });
    expect(opened.messages.map((message) => message.text)).toEqual(['How do I reset my password?']);
    await agent.event('offer:ended', (ended) => ended.offerId === offer.offerId && ended.reason === 'accepted');
    await agent.event('conversation:assigned', (assigned) => assigned.conversationId === conversationId);
    await customer.event('chat:status', (status) => status.status === 'assigned');
    expect(await colleague.request('message:send', { conversationId, text: 'Me too!' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', event: 'message:send' } });

    // They talk, both ways, with typing indicators.
    customer.socket.emit('chat:typing', { typing: true });
    expect(await agent.event('conversation:typing')).toEqual({ conversationId, from: 'customer', typing: true });
    agent.socket.emit('typing', { conversationId, typing: true });
    expect(await customer.event('chat:typing')).toEqual({ conversationId, typing: true });
    const reply = ok(await agent.request('message:send', { conversationId, text: 'Hi Ada: settings, then security.', clientMessageId: 'draft-1' }));
    expect(reply).toMatchObject({ conversationId, author: { kind: 'agent', id: agent1.userId }, clientMessageId: 'draft-1' });
    expect(await customer.event('chat:message', (message) => message.messageId === reply.messageId)).toMatchObject({ text: 'Hi Ada: settings, then security.' });
    const thanks = ok(await customer.request('chat:message', { text: 'Found it, thank you!' }));
    expect(thanks.status).toBe('assigned');
    expect(await agent.event('conversation:message', (message) => message.messageId === thanks.message.messageId)).toMatchObject({ author: { kind: 'customer', id: null }, text: 'Found it, thank you!' });
    expect(colleague.all('conversation:message')).toEqual([]);
    const note = ok(await agent.request('note:add', { conversationId, text: 'Knew the article already.' }));
    expect(note).toMatchObject({ conversationId, authorId: agent1.userId });

    // The timeline's input: the customer's messages and the agent's reply, keyed by the conversation.
    const ofConversation = await waitFor(() => {
      const found = channelEvents.filter((event) => event.subject.conversationId === conversationId);
      return found.length >= 4 ? found : null;
    });
    expect(ofConversation.map((event) => event.type).sort()).toEqual(
      [ChannelEventTypes.messageReceived, ChannelEventTypes.messageReceived, RealtimeBusEventTypes.chatMessageSent, RealtimeBusEventTypes.agentNoteAdded].sort(),
    );
    const received = ofConversation.find((event) => event.type === ChannelEventTypes.messageReceived);
    expect(received).toMatchObject({ source: { channel: 'chat', provider: 'widget' }, payload: { from: { kind: 'chat-visitor' }, text: 'How do I reset my password?', fromName: 'Ada' } });
    expect(ofConversation.find((event) => event.type === RealtimeBusEventTypes.chatMessageSent)).toMatchObject({ id: reply.messageId, payload: { text: reply.text, to: received?.payload['from'] } });

    await supervisor.event('figures', (figures) => {
      const web = queueIn(figures, 'web');
      return web?.assigned === 1 && web.answeredToday === 1 && web.waiting === 0 && agentIn(figures, agent1.userId)?.load.chat === 1;
    });

    // The agent wraps up: the widget shows the conversation closed, the supervisor a free agent.
    expect(ok(await agent.request('conversation:wrap-up', { conversationId, disposition: 'resolved' }))).toBeNull();
    expect(await agent.event('conversation:ended')).toEqual({ conversationId, reason: 'wrapped-up' });
    await customer.event('chat:status', (status) => status.status === 'closed');
    await supervisor.event('figures', (figures) => queueIn(figures, 'web')?.assigned === 0 && agentIn(figures, agent1.userId)?.totalLoad === 0);
    expect(await agent.request('message:send', { conversationId, text: 'One more thing' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('closes a conversation the knowledge base answered when the customer says it helped', async () => {
    const supervisor: SupervisorClient = track(await connectSupervisor(harness.url, supervisorLogin.token));
    const before = queueIn(await supervisor.event('figures'), 'web')?.selfServiceResolvedToday ?? 0;
    const customer: ChatClient = track(await connectCustomer(harness.url, { tenantId: 'demo' }));
    const { conversationId } = ok(await customer.request('chat:start', { language: 'en' }));
    ok(await customer.request('chat:message', { text: 'I forgot my pasword' }));
    const { suggestions } = await customer.event('chat:suggestions');
    expect(suggestions[0]?.articleId).toBe(articleId);
    expect(ok(await customer.request('chat:helped', { articleId }))).toEqual({ conversationId, status: 'closed' });
    await customer.event('chat:status', (status) => status.status === 'closed');
    await supervisor.event('figures', (figures) => queueIn(figures, 'web')?.selfServiceResolvedToday === before + 1);
    // Closed is closed: routing no longer holds the contact.
    expect(await customer.request('chat:helped', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('pushes figures to supervisors at least every second', async () => {
    const supervisor: SupervisorClient = track(await connectSupervisor(harness.url, supervisorLogin.token));
    await waitFor(() => supervisor.all('figures').length >= 3, { timeoutMs: 4000 });
    const times = supervisor.all('figures').map((figures) => Date.parse(figures.at));
    for (let i = 2; i < times.length; i += 1) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeLessThanOrEqual(1500);
  });

  it('resends a pending offer to an agent who reconnects, and lets a supervisor change presence and reassign', async () => {
    const agent: AgentClient = track(await connectAgent(harness.url, agent2.token));
    await agent.event('session');
    ok(await agent.request('presence:set', { presence: 'available' }));
    const customer: ChatClient = track(await connectCustomer(harness.url, { tenantId: 'demo' }));
    const { conversationId } = ok(await customer.request('chat:start', {}));
    ok(await customer.request('chat:request-agent'));
    // agent1 is still available too: whoever gets the offer, that agent's new socket gets it again at connection.
    const supervisor: SupervisorClient = track(await connectSupervisor(harness.url, supervisorLogin.token));
    const figures = await supervisor.event('figures', (pushed) => pushed.agents.some((figure) => figure.offerPendingFor === conversationId));
    const offeredTo = figures.agents.find((figure) => figure.offerPendingFor === conversationId)?.agentId;
    const login = offeredTo === agent1.userId ? agent1 : agent2;
    const again: AgentClient = track(await connectAgent(harness.url, login.token));
    const session = await again.event('session');
    expect(session.offer).toMatchObject({ conversationId, offeredAt: null });
    expect(Date.parse(session.offer?.expiresAt ?? '')).toBeGreaterThan(Date.now());

    // The supervisor moves the waiting contact to the default queue, withdrawing the offer.
    expect(await supervisor.request('contact:reassign', { conversationId })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', reason: 'queueId or agentId is required' } });
    expect(await supervisor.request('contact:reassign', { conversationId, agentId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const moved = ok(await supervisor.request('contact:reassign', { conversationId, queueId: 'default' }));
    expect(moved).toMatchObject({ conversationId, queueId: 'default' });

    // ... and sets agent2 away; agent2's console hears it.
    const away = ok(await supervisor.request('agent:set-presence', { agentId: agent2.userId, presence: 'away' }));
    expect(away).toMatchObject({ agentId: agent2.userId, presence: 'away' });
    await agent.event('presence', (presence) => presence.presence === 'away' && presence.cause === 'supervisor');
    expect(await supervisor.request('agent:set-presence', { agentId: 'not-an-agent', presence: 'away' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ok(await customer.request('chat:leave'));
  });
});
