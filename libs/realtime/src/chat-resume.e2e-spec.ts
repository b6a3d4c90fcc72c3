import type { HandshakeRefusal } from '@switchboard/contracts';
import { RoutingService } from '@switchboard/routing';
import { waitFor } from '@switchboard/testing';
import { connectAgent, connectCustomer, connectSupervisor, queueIn, type AgentClient, type ChatClient } from './testing/clients';
import { startRealtimeTestApp, type LoggedIn, type RealtimeTestApp } from './testing/realtime-test-app';
import { TestClient, ok } from './testing/test-client';

const RESUME_WINDOW_MS = 2500;

/** Reconnecting: a widget resumes its conversation within the window, and leaves when it does not come back. */
describe('realtime: resuming and leaving', () => {
  let harness: RealtimeTestApp;
  let routing: RoutingService;
  let agent3: LoggedIn;
  let agent: AgentClient;
  const open: { close(): void }[] = [];
  const track = <T extends { close(): void }>(client: T): T => {
    open.push(client);
    return client;
  };

  /** A customer whose conversation agent3 has accepted. */
  async function assignedConversation(): Promise<{ customer: ChatClient; conversationId: string; resumeToken: string }> {
    const customer = track(await connectCustomer(harness.url, { tenantId: 'demo' }));
    const { conversationId, resumeToken } = ok(await customer.request('chat:start', { name: 'Grace' }));
    ok(await customer.request('chat:message', { text: 'Can someone help me?' }));
    const offer = await agent.event('offer', (pushed) => pushed.conversationId === conversationId);
    ok(await agent.request('offer:accept', { conversationId, offerId: offer.offerId }));
    await customer.event('chat:status', (status) => status.status === 'assigned');
    return { customer, conversationId, resumeToken };
  }

  beforeAll(async () => {
    harness = await startRealtimeTestApp({ realtime: { chatResumeWindowMs: RESUME_WINDOW_MS } });
    routing = harness.app.get(RoutingService);
    agent3 = await harness.login('agent3@demo.test');
    agent = track(await connectAgent(harness.url, agent3.token));
    ok(await agent.request('presence:set', { presence: 'available' }));
  });

  afterAll(async () => {
    for (const client of open) client.close();
    await harness.close();
  });

  it('resumes the same conversation with the resume token, with what the agent wrote meanwhile', async () => {
    const { customer, conversationId, resumeToken } = await assignedConversation();
    customer.close();
    await agent.event('conversation:customer', (presence) => presence.conversationId === conversationId && !presence.online);
    const whileAway = ok(await agent.request('message:send', { conversationId, text: 'Are you still there?' }));

    const back = track(await connectCustomer(harness.url, { tenantId: 'demo', resumeToken }));
    const ready = await back.event('chat:ready');
    expect(ready).toMatchObject({ resumed: true, conversation: { conversationId, status: 'assigned' } });
    expect(ready.conversation?.messages.map((message) => message.messageId)).toContain(whileAway.messageId);
    await agent.event('conversation:customer', (presence) => presence.conversationId === conversationId && presence.online);
    const answer = ok(await back.request('chat:message', { text: 'Yes, sorry!' }));
    await agent.event('conversation:message', (message) => message.messageId === answer.message.messageId);

    // When the window has passed (the agent hears the customer is gone for good), the conversation is
    // still the agent's: only contacts nobody accepted are abandoned.
    const offline = () => agent.all('conversation:customer').filter((presence) => presence.conversationId === conversationId && !presence.online).length;
    const offlineBefore = offline();
    back.close();
    await waitFor(() => offline() === offlineBefore + 2, { timeoutMs: RESUME_WINDOW_MS * 3 });
    expect(await routing.contact('demo', conversationId)).toMatchObject({ status: 'assigned', assignedAgentId: agent3.userId });
    ok(await agent.request('conversation:wrap-up', { conversationId }));
  });

  it('recovers a dropped connection through socket.io, replaying what was missed', async () => {
    const { customer, conversationId } = await assignedConversation();
    customer.socket.io.engine.close(); // the network drops: a recoverable disconnect
    const missed = ok(await agent.request('message:send', { conversationId, text: 'Here is your tracking number.' }));
    await waitFor(() => customer.socket.connected);
    expect(customer.socket.recovered).toBe(true);
    expect(await customer.event('chat:message', (message) => message.messageId === missed.messageId)).toMatchObject({ text: 'Here is your tracking number.' });
    ok(await customer.request('chat:message', { text: 'Thanks' }));
    ok(await agent.request('conversation:wrap-up', { conversationId }));
  });

  it('checks the access token again when an agent connection is recovered', async () => {
    let token = agent3.token;
    const refusals: HandshakeRefusal[] = [];
    const console = track(await TestClient.connect(`${harness.url}/agent`, (cb: (data: object) => void) => cb({ token })));
    console.socket.on('connect_error', (error) => refusals.push((error as Error & { data: HandshakeRefusal }).data));
    token = 'revoked';
    console.socket.io.engine.close();
    const [refusal] = await waitFor(() => (refusals.length > 0 ? refusals : null));
    expect(refusal).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(console.socket.connected).toBe(false);
  });

  it('abandons a waiting contact whose customer does not come back within the window, and the token stops working', async () => {
    ok(await agent.request('presence:set', { presence: 'away' }));
    const supervisor = track(await connectSupervisor(harness.url, (await harness.login('supervisor@demo.test')).token));
    const before = queueIn(await supervisor.event('figures'), 'default')?.abandonedToday ?? 0;
    const customer = track(await connectCustomer(harness.url, { tenantId: 'demo' }));
    const { conversationId, resumeToken } = ok(await customer.request('chat:start', {}));
    ok(await customer.request('chat:message', { text: 'Hello? Anyone?' }));
    expect((await routing.contact('demo', conversationId))?.status).toBe('waiting');
    customer.close();

    await waitFor(async () => (await routing.contact('demo', conversationId)) === null, { timeoutMs: RESUME_WINDOW_MS * 3 });
    await supervisor.event('figures', (figures) => (queueIn(figures, 'default')?.abandonedToday ?? 0) === before + 1);
    expect(await TestClient.refusal(`${harness.url}/chat`, { tenantId: 'demo', resumeToken })).toMatchObject({ data: { code: 'RESUME_EXPIRED' } });
  });

  it('abandons at once when the customer leaves', async () => {
    const customer = track(await connectCustomer(harness.url, { tenantId: 'demo' }));
    const { conversationId, resumeToken } = ok(await customer.request('chat:start', {}));
    ok(await customer.request('chat:message', { text: 'Never mind' }));
    expect(ok(await customer.request('chat:leave'))).toEqual({ conversationId, status: 'closed' });
    expect(await routing.contact('demo', conversationId)).toBeNull();
    expect(await customer.request('chat:message', { text: 'wait' })).toMatchObject({ ok: false, error: { code: 'NO_CONVERSATION' } });
    expect(await TestClient.refusal(`${harness.url}/chat`, { tenantId: 'demo', resumeToken })).toMatchObject({ data: { code: 'RESUME_EXPIRED' } });
  });
});
