import type { OfferPush } from '@switchboard/contracts';
import { describeWithServices, uniqueSuffix, waitFor } from '@switchboard/testing';
import { RealtimeServers } from './shared/realtime-servers';
import { Rooms } from './shared/rooms';
import { connectAgent, connectCustomer, type AgentClient } from './testing/clients';
import { startRealtimeTestApp, type RealtimeTestApp } from './testing/realtime-test-app';
import { ok } from './testing/test-client';

/**
 * Two realtime instances on the real Redis, sharing rooms through `@socket.io/redis-streams-adapter`
 * (one stream) and chat sessions through the Redis stores (one key prefix).
 */
describeWithServices(['redis'], 'realtime: two instances share rooms through Redis', () => {
  let a: RealtimeTestApp;
  let b: RealtimeTestApp;
  const open: { close(): void }[] = [];

  beforeAll(async () => {
    const suffix = uniqueSuffix();
    const shared = {
      redis: true,
      // Short blocking reads so the adapter's reader stops promptly when the apps close.
      redisStreams: { streamName: `test:realtime:${suffix}:stream`, blockTimeInMs: 200 },
      realtime: { redisKeyPrefix: `test:realtime:${suffix}` },
    };
    [a, b] = await Promise.all([startRealtimeTestApp(shared), startRealtimeTestApp(shared)]);
  });

  afterAll(async () => {
    for (const client of open) client.close();
    await Promise.all([a.close(), b.close()]);
  });

  it('delivers an event emitted to a room on instance A to a client connected to instance B', async () => {
    // Both apps sign with the same secret; the token from A is valid on B.
    const login = await a.login('agent1@demo.test');
    const agentOnB: AgentClient = await connectAgent(b.url, login.token);
    open.push(agentOnB);
    await agentOnB.event('session');
    const offer: OfferPush = { offerId: 'o-1', conversationId: 'c-1', queueId: 'default', channel: 'chat', offeredAt: null, expiresAt: new Date(Date.now() + 20_000).toISOString() };
    const agentNamespaceOnA = a.app.get(RealtimeServers).agent;
    // The adapter learns about B's sockets asynchronously: emit until B's client has it.
    await waitFor(
      () => {
        agentNamespaceOnA?.to(Rooms.agent('demo', login.userId)).emit('offer', offer);
        return agentOnB.all('offer').length > 0;
      },
      { intervalMs: 100 },
    );
    expect(agentOnB.all('offer')[0]).toEqual(offer);
    // And the rooms themselves are cluster-wide: A sees B's socket in the agent's room.
    const sockets = await agentNamespaceOnA?.in(Rooms.agent('demo', login.userId)).fetchSockets();
    expect(sockets?.map((socket) => socket.id)).toEqual([agentOnB.socket.id]);
  });

  it('resumes on instance B a chat started on instance A', async () => {
    const onA = await connectCustomer(a.url, { tenantId: 'demo' });
    open.push(onA);
    const { conversationId, resumeToken } = ok(await onA.request('chat:start', { name: 'Lin' }));
    ok(await onA.request('chat:message', { text: 'Started on A' }));
    onA.close();
    const onB = await connectCustomer(b.url, { tenantId: 'demo', resumeToken });
    open.push(onB);
    const ready = await onB.event('chat:ready');
    expect(ready).toMatchObject({ resumed: true, conversation: { conversationId } });
    expect(ready.conversation?.messages.map((message) => message.text)).toEqual(['Started on A']);
  });
});
