import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '@switchboard/runtime';
import { waitFor } from '@switchboard/testing';
import request from 'supertest';
import { connectAgent, connectCustomer, type AgentClient, type ChatClient } from '../../../libs/realtime/src/testing/clients';
import { ok } from '../../../libs/realtime/src/testing/test-client';
import { platformApp } from './platform.app';

interface ConversationBody {
  id: string;
  customerId: string;
  status: string;
  messages: { kind: string; direction: string; text: string | null; author: { kind: string; id: string | null } }[];
  routingHistory: { type: string; agentId: string | null; queue: string | null; detail: string | null }[];
}

/**
 * The whole embedded platform, as the console uses it: a web chat routed to an agent, their talk,
 * a note and the wrap-up all land in the timeline, under the conversation id every part shares.
 */
describe('the embedded platform records a live contact in the timeline', () => {
  let dataDir: string;
  let app: RunningApp;
  const clients: { close(): void }[] = [];

  const login = async (email: string) => {
    const response = await request(app.url).post('/api/auth/login').send({ email, password: 'demo-secret-1' }).expect(200);
    return { token: response.body.accessToken as string, userId: response.body.user?.id as string | undefined };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
    app = await startApp(platformApp, { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_PASSWORD: 'demo-secret-1' }, port: 0 });
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the chat, the reply, the note, the routing history and the rating in the conversation and the customer timeline', async () => {
    const admin = await login('admin@demo.test');
    const agent = await login('agent1@demo.test');
    const agentId = (await request(app.url).get('/api/auth/me').set('Authorization', `Bearer ${agent.token}`).expect(200)).body.id as string;
    const asAdmin = { Authorization: `Bearer ${admin.token}` };
    const asAgent = { Authorization: `Bearer ${agent.token}` };
    // Web chats straight to agents, and the agent speaks the customer's language.
    await request(app.url).put('/api/routing/queues/web').set(asAdmin).send({ name: 'Web chat', channels: ['chat'], selfService: false }).expect(200);
    await request(app.url).put(`/api/routing/agents/${agentId}`).set(asAdmin).send({ displayName: 'Agent 1', languages: ['en'] }).expect(200);

    const agentSocket: AgentClient = await connectAgent(app.url, agent.token);
    clients.push(agentSocket);
    await agentSocket.event('session');
    ok(await agentSocket.request('presence:set', { presence: 'available' }));

    const customer: ChatClient = await connectCustomer(app.url, { tenantId: 'demo' });
    clients.push(customer);
    await customer.event('chat:ready');
    const { conversationId } = ok(await customer.request('chat:start', { name: 'Ada', language: 'en' }));
    ok(await customer.request('chat:message', { text: 'My parcel never came.' }));

    const offer = await agentSocket.event('offer', (pushed) => pushed.conversationId === conversationId);
    ok(await agentSocket.request('offer:accept', { conversationId, offerId: offer.offerId }));
    const reply = ok(await agentSocket.request('message:send', { conversationId, text: 'Sorry, Ada: a new one leaves today.' }));
    await customer.event('chat:message', (message) => message.messageId === reply.messageId);
    ok(await agentSocket.request('note:add', { conversationId, text: 'Courier lost it.' }));
    // Rating comes after the end, not before.
    expect(await customer.request('chat:rate', { score: 5 })).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    ok(await agentSocket.request('conversation:wrap-up', { conversationId, disposition: 'resolved' }));
    await customer.event('chat:status', (status) => status.status === 'closed');
    expect(ok(await customer.request('chat:rate', { score: 5, comment: 'Quick and kind' }))).toEqual({ conversationId, score: 5 });
    expect(await customer.request('chat:rate', { score: 1 })).toMatchObject({ ok: false, error: { code: 'REFUSED' } });
    expect(await customer.request('chat:rate', { score: 9 })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

    // The console opens the conversation by the id it was offered under.
    const conversation = await waitFor(
      async () => {
        const response = await request(app.url).get(`/api/conversations/${conversationId}`).set(asAgent);
        const body = response.body as ConversationBody;
        const done = body.routingHistory?.some((step) => step.type === 'csat-recorded') && body.messages.some((entry) => entry.kind === 'note');
        return response.status === 200 && done ? body : null;
      },
      { what: 'the wrapped-up conversation in the timeline', timeoutMs: 20_000 },
    );
    expect(conversation.id).toBe(conversationId);
    expect(conversation.status).toBe('closed');
    expect(conversation.messages.filter((entry) => entry.kind === 'message').map((entry) => [entry.author.kind, entry.text])).toEqual([
      ['customer', 'My parcel never came.'],
      ['agent', 'Sorry, Ada: a new one leaves today.'],
    ]);
    expect(conversation.routingHistory.map((step) => step.type)).toEqual(expect.arrayContaining(['queued', 'offered', 'assigned', 'wrapped-up', 'closed']));
    expect(conversation.routingHistory.find((step) => step.type === 'wrapped-up')).toMatchObject({ agentId, detail: 'resolved' });
    expect(conversation.routingHistory.find((step) => step.type === 'csat-recorded')?.detail).toContain('5');

    const timeline = await request(app.url).get(`/api/customers/${conversation.customerId}/timeline`).set(asAgent).expect(200);
    expect((timeline.body.entries as { conversationId: string; text: string | null }[]).filter((entry) => entry.conversationId === conversationId).map((entry) => entry.text)).toEqual(
      expect.arrayContaining(['My parcel never came.', 'Sorry, Ada: a new one leaves today.']),
    );
  });
});
