import type { RealtimeError } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
import { sign } from 'jsonwebtoken';
import { connectAgent, connectCustomer, type AgentClient, type ChatClient } from './testing/clients';
import { startRealtimeTestApp, type LoggedIn, type RealtimeTestApp } from './testing/realtime-test-app';
import { TestClient, ok } from './testing/test-client';

/** Who may connect where, and what a misbehaving client gets back: a reason, never a crash. */
describe('realtime: access and bad messages', () => {
  let harness: RealtimeTestApp;
  let agent1: LoggedIn;
  let supervisor: LoggedIn;
  const open: { close(): void }[] = [];
  const track = <T extends { close(): void }>(client: T): T => {
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    harness = await startRealtimeTestApp();
    agent1 = await harness.login('agent1@demo.test');
    supervisor = await harness.login('supervisor@demo.test');
  });

  afterAll(async () => {
    for (const client of open) client.close();
    await harness.close();
  });

  it('refuses staff handshakes without a valid token or the role, saying why', async () => {
    expect(await TestClient.refusal(`${harness.url}/agent`, {})).toEqual({ message: 'auth.token (an access token) is required', data: { code: 'UNAUTHENTICATED', reason: 'auth.token (an access token) is required' } });
    expect(await TestClient.refusal(`${harness.url}/agent`, { token: 'not.a.jwt' })).toMatchObject({ data: { code: 'UNAUTHENTICATED', reason: 'the access token is invalid' } });
    const forged = `${agent1.token.slice(0, -4)}AAAA`;
    expect(await TestClient.refusal(`${harness.url}/agent`, { token: forged })).toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
    expect(await TestClient.refusal(`${harness.url}/supervisor`, { token: agent1.token })).toMatchObject({ data: { code: 'FORBIDDEN', reason: 'this namespace requires the supervisor role' } });
    // Roles include the ones below: a supervisor may use the agent console.
    track(await connectAgent(harness.url, supervisor.token));
    const metrics = await harness.http().get('/metrics').expect(200);
    expect(metrics.text).toMatch(/switchboard_realtime_refused_connections_total\{namespace="\/agent",code="UNAUTHENTICATED"\} 3/);
  });

  it('disconnects a staff socket when its token expires', async () => {
    // Signed like identity's tokens, with the harness's secret, expiring in a second.
    const shortLived = sign({ sub: agent1.userId, tenantId: 'demo', email: 'agent1@demo.test', role: 'agent' }, 'x'.repeat(40), { algorithm: 'HS256', expiresIn: 1 });
    const agent: AgentClient = track(await connectAgent(harness.url, shortLived));
    const reasons: string[] = [];
    agent.socket.on('disconnect', (reason) => reasons.push(reason));
    expect(await agent.event('error', () => true, 5000)).toEqual({ code: 'UNAUTHENTICATED', reason: 'the access token expired', retriable: false });
    await waitFor(() => reasons.includes('io server disconnect'));
  });

  it('refuses widget handshakes for an unknown tenant or a bad resume token', async () => {
    expect(await TestClient.refusal(`${harness.url}/chat`, {})).toMatchObject({ data: { code: 'UNKNOWN_TENANT' } });
    expect(await TestClient.refusal(`${harness.url}/chat`, { tenantId: 'no-such-tenant' })).toMatchObject({ data: { code: 'UNKNOWN_TENANT', reason: 'auth.tenantId must be a known widget key' } });
    expect(await TestClient.refusal(`${harness.url}/chat`, { tenantId: 'Robert"); DROP TABLE' })).toMatchObject({ data: { code: 'UNKNOWN_TENANT' } });
    expect(await TestClient.refusal(`${harness.url}/chat`, { tenantId: 'demo', resumeToken: 'made-up' })).toMatchObject({ data: { code: 'RESUME_EXPIRED' } });
    expect(await TestClient.refusal(`${harness.url}/chat`, { tenantId: 'demo', resumeToken: 42 })).toMatchObject({ data: { code: 'RESUME_EXPIRED' } });
  });

  it('answers bad agent requests with the reason, by ack or as an error event, and keeps the socket working', async () => {
    const agent: AgentClient = track(await connectAgent(harness.url, agent1.token));
    expect(await agent.request('presence:set', { presence: 'lunch' as never })).toEqual({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', reason: expect.stringContaining('presence must be one of the following values'), event: 'presence:set', retriable: false },
    });
    expect(await agent.raw('presence:set', 'available')).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', reason: 'the payload must be an object' } });
    expect(await agent.raw('presence:set', { presence: 'available', tenantId: 'other' })).toMatchObject({ ok: false, error: { reason: 'property tenantId should not exist' } });
    expect(await agent.raw('message:send', { conversationId: 'x', text: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', reason: 'text must not be empty' } });
    expect(await agent.raw('message:send', { conversationId: 'x', text: 'y'.repeat(4001) })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await agent.request('message:send', { conversationId: 'someone-elses', text: 'hello' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'this conversation is not assigned to you' } });
    expect(await agent.request('conversation:wrap-up', { conversationId: 'someone-elses' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await agent.request('conversation:transfer', { conversationId: 'someone-elses', queueId: 'default' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await agent.request('conversation:transfer', { conversationId: 'someone-elses' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await agent.request('offer:accept', { conversationId: 'nothing', offerId: 'nothing' })).toMatchObject({ ok: false, error: { code: expect.stringMatching(/NOT_FOUND|REFUSED/) } });

    // Without an ack, the refusal arrives as an `error` event.
    agent.socket.emit('presence:set', { presence: 'nap' });
    agent.socket.emit('typing', { conversationId: 'someone-elses', typing: true });
    const errors = await waitFor(() => (agent.all('error').length >= 2 ? agent.all('error') : null));
    expect(errors).toEqual<RealtimeError[]>([
      expect.objectContaining({ code: 'INVALID_PAYLOAD', event: 'presence:set' }),
      expect.objectContaining({ code: 'FORBIDDEN', event: 'typing' }),
    ]);
    // Unknown events are ignored; the socket still answers.
    agent.socket.emit('no-such-event' as never, { x: 1 } as never);
    expect(ok(await agent.request('presence:get'))).toBeNull();
    expect(agent.socket.connected).toBe(true);
  });

  it('keeps a widget to its own conversation', async () => {
    const ada: ChatClient = track(await connectCustomer(harness.url, { tenantId: 'demo' }));
    expect(await ada.request('chat:message', { text: 'hello?' })).toMatchObject({ ok: false, error: { code: 'NO_CONVERSATION' } });
    expect(await ada.request('chat:request-agent')).toMatchObject({ ok: false, error: { code: 'NO_CONVERSATION' } });
    const adas = ok(await ada.request('chat:start', { name: 'Ada' }));
    expect(await ada.request('chat:start', {})).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    expect(await ada.raw('chat:start', { email: 'not-an-email' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', reason: 'email must be an email' } });
    ok(await ada.request('chat:message', { text: 'My order is late' }));

    const eve: ChatClient = track(await connectCustomer(harness.url, { tenantId: 'demo' }));
    ok(await eve.request('chat:start', {}));
    expect(await eve.request('chat:message', { text: 'I am Ada now', conversationId: adas.conversationId })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'you can only write in your own conversation', event: 'chat:message', retriable: false },
    });
    expect(await eve.raw('chat:message', { text: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await eve.raw('chat:typing', { typing: 'yes' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    // Eve's own conversation works, and Ada never sees anything of it.
    ok(await eve.request('chat:message', { text: 'Where is my parcel?' }));
    const resumed: ChatClient = track(await connectCustomer(harness.url, { tenantId: 'demo', resumeToken: adas.resumeToken }));
    const ready = await resumed.event('chat:ready');
    expect(ready.conversation?.messages.map((message) => message.text)).toEqual(['My order is late']);
    expect(ada.all('chat:message')).toEqual([]);
  });
});
