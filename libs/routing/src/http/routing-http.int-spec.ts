import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { RoutingEventTypes, type RoutingEvent } from '@switchboard/contracts';
import { TenantsService } from '@switchboard/identity-access';
import { waitFor } from '@switchboard/testing';
import request from 'supertest';
import { startRoutingTestApp, type RoutingTestApp } from '../testing/routing-test-app';

const PASSWORD = 'switchboard';

describe('routing over HTTP', () => {
  let harness: RoutingTestApp;
  let now = Date.parse('2026-03-02T09:00:00.000Z');
  const http = () => request(harness.app.getHttpServer());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};

  async function login(email: string, password = PASSWORD): Promise<void> {
    const response = await http().post('/api/auth/login').send({ email, password }).expect(200);
    tokens[email] = response.body.accessToken as string;
    userIds[email] = response.body.user.id as string;
  }

  beforeAll(async () => {
    // Event-driven passes on, as in the apps: offers follow presence and arrivals without a timer.
    harness = await startRoutingTestApp({ state: 'memory', clock: () => now, policy: { tickMs: 0 } });
    for (const email of ['admin@demo.test', 'supervisor@demo.test', 'agent1@demo.test', 'agent2@demo.test']) await login(email);
    await harness.app.get(TenantsService).createTenant({ id: 'other', name: 'Other', admin: { email: 'admin@other.test', password: 'other-password-1', displayName: 'Other Admin' } });
    await login('admin@other.test', 'other-password-1');
  });

  afterAll(async () => {
    await harness.close();
  });

  const queueBody = { name: 'Billing', channels: ['chat', 'email'], requiredSkills: [{ skill: 'billing', minLevel: 5 }], serviceLevel: { percent: 80, withinSeconds: 20 }, overflow: [{ afterSeconds: 60, action: 'relax-skills', minLevel: 2 }] };

  it('lets an admin manage queues; agents read them but get 403 on writes; other tenants see 404', async () => {
    const saved = await http().put('/api/routing/queues/billing').set(bearer(tokens['admin@demo.test'] ?? '')).send(queueBody).expect(200);
    expect(saved.body).toMatchObject({ id: 'billing', offerTimeoutSeconds: 20, overflow: [{ afterSeconds: 60, action: 'relax-skills', minLevel: 2 }] });
    await http().put('/api/routing/queues/billing').set(bearer(tokens['agent1@demo.test'] ?? '')).send(queueBody).expect(403);
    await http().delete('/api/routing/queues/billing').set(bearer(tokens['supervisor@demo.test'] ?? '')).expect(403);
    const listed = await http().get('/api/routing/queues').set(bearer(tokens['agent1@demo.test'] ?? '')).expect(200);
    expect(listed.body.map((queue: { id: string }) => queue.id)).toEqual(['billing']);
    await http().get('/api/routing/queues/billing').set(bearer(tokens['admin@other.test'] ?? '')).expect(404);
    await http().delete('/api/routing/queues/billing').set(bearer(tokens['admin@other.test'] ?? '')).expect(404);
    await http().put('/api/routing/queues/Bad Id').set(bearer(tokens['admin@demo.test'] ?? '')).send(queueBody).expect(400);
    await http().put('/api/routing/queues/x').set(bearer(tokens['admin@demo.test'] ?? '')).send({ ...queueBody, channels: ['fax'] }).expect(400);
    await http().get('/api/routing/queues').expect(401);
  });

  it('saves whether a queue requires its language; without a language there is nothing to require', async () => {
    const admin = bearer(tokens['admin@demo.test'] ?? '');
    const strict = await http().put('/api/routing/queues/french').set(admin).send({ name: 'French', channels: ['social'], language: 'fr', languageRequired: true }).expect(200);
    expect(strict.body).toMatchObject({ language: 'fr', languageRequired: true });
    const loose = await http().put('/api/routing/queues/french').set(admin).send({ name: 'French', channels: ['social'], languageRequired: true }).expect(200);
    expect(loose.body).toMatchObject({ language: null, languageRequired: false });
    await http().put('/api/routing/queues/french').set(admin).send({ name: 'French', channels: ['social'], languageRequired: 'yes' }).expect(400);
    await http().delete('/api/routing/queues/french').set(admin).expect(204);
  });

  it("lets an admin set agents' skills, capacities and languages; agents read only their own", async () => {
    const agentId = userIds['agent1@demo.test'] ?? '';
    const body = { displayName: 'Agent 1', skills: { billing: 7 }, languages: ['en'], capacity: { voice: 1, chat: 3, email: 5, messaging: 3, social: 3 }, maxTotal: 4 };
    const saved = await http().put(`/api/routing/agents/${agentId}`).set(bearer(tokens['admin@demo.test'] ?? '')).send(body).expect(200);
    expect(saved.body).toMatchObject({ agentId, skills: { billing: 7 }, maxTotal: 4, wrapUpSeconds: 0 });
    await http().put(`/api/routing/agents/${agentId}`).set(bearer(tokens['agent1@demo.test'] ?? '')).send(body).expect(403);
    await http().put(`/api/routing/agents/${agentId}`).set(bearer(tokens['admin@demo.test'] ?? '')).send({ ...body, skills: { billing: 11 } }).expect(400);
    expect((await http().get(`/api/routing/agents/${agentId}`).set(bearer(tokens['agent1@demo.test'] ?? '')).expect(200)).body.skills).toEqual({ billing: 7 });
    await http().get(`/api/routing/agents/${userIds['agent2@demo.test']}`).set(bearer(tokens['agent1@demo.test'] ?? '')).expect(403);
    const listed = await http().get('/api/routing/agents').set(bearer(tokens['supervisor@demo.test'] ?? '')).expect(200);
    expect(listed.body.map((profile: { agentId: string }) => profile.agentId)).toEqual([agentId]);
    expect((await http().get('/api/routing/agents').set(bearer(tokens['admin@other.test'] ?? '')).expect(200)).body).toEqual([]);
  });

  it('lets any agent read the directory of colleagues (names and presence only), within the tenant', async () => {
    // Agent 1's profile is the one the test before saved.
    const agentId = userIds['agent1@demo.test'] ?? '';
    const directory = await http().get('/api/routing/agents/directory').set(bearer(tokens['agent2@demo.test'] ?? '')).expect(200);
    expect(directory.body).toContainEqual({ agentId, displayName: 'Agent 1', presence: expect.any(String) });
    expect(Object.keys(directory.body[0] ?? {}).sort()).toEqual(['agentId', 'displayName', 'presence']);
    expect((await http().get('/api/routing/agents/directory').set(bearer(tokens['admin@other.test'] ?? '')).expect(200)).body).toEqual([]);
    await http().get('/api/routing/agents/directory').expect(401);
  });

  it('lets an admin write and publish articles; agents read and search published ones only; tenants stay apart', async () => {
    const admin = bearer(tokens['admin@demo.test'] ?? '');
    const created = await http().post('/api/kb/articles').set(admin).send({ language: 'en', title: 'Reset your password', body: 'Open settings, choose security, then reset.', tags: ['password', 'login'] }).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ status: 'draft', revision: 1 });
    await http().post('/api/kb/articles').set(bearer(tokens['agent1@demo.test'] ?? '')).send({ language: 'en', title: 'x', body: 'y' }).expect(403);
    await http().get(`/api/kb/articles/${id}`).set(bearer(tokens['agent1@demo.test'] ?? '')).expect(404);
    expect((await http().get('/api/kb/search?q=password').set(bearer(tokens['agent1@demo.test'] ?? '')).expect(200)).body).toEqual([]);
    await http().post(`/api/kb/articles/${id}/publish`).set(admin).expect(200);
    const edited = await http().put(`/api/kb/articles/${id}`).set(admin).send({ language: 'en', title: 'Reset a forgotten password', body: 'Open settings, choose security, then reset.', tags: ['password'] }).expect(200);
    expect(edited.body).toMatchObject({ status: 'published', revision: 2 });
    const found = await http().get('/api/kb/search?q=forgot pasword').set(bearer(tokens['agent1@demo.test'] ?? '')).expect(200);
    expect(found.body[0]).toMatchObject({ articleId: id, title: 'Reset a forgotten password' });
    expect((await http().get('/api/kb/articles').set(bearer(tokens['agent1@demo.test'] ?? '')).expect(200)).body).toHaveLength(1);
    await http().get(`/api/kb/articles/${id}`).set(bearer(tokens['admin@other.test'] ?? '')).expect(404);
    await http().post(`/api/kb/articles/${id}/publish`).set(bearer(tokens['admin@other.test'] ?? '')).expect(404);
    expect((await http().get('/api/kb/search?q=password').set(bearer(tokens['admin@other.test'] ?? '')).expect(200)).body).toEqual([]);
  });

  it('explains a routing decision at GET /api/conversations/{id}/routing, to supervisors of the tenant only', async () => {
    const agentId = userIds['agent1@demo.test'] ?? '';
    const events: RoutingEvent[] = [];
    harness.routing.onRoutingEvent((event) => events.push(event));
    await http().put(`/api/routing/agents/${agentId}/presence`).set(bearer(tokens['agent1@demo.test'] ?? '')).send({ presence: 'available' }).expect(200);
    await harness.routing.enqueueContact({ tenantId: 'demo', conversationId: 'demo-chat:visitor-7', sourceChannel: 'chat' });
    const offer = await waitFor(() => events.find((event) => event.type === RoutingEventTypes.offerMade), { what: 'an offer' });
    expect(offer.type === RoutingEventTypes.offerMade && offer.payload.agentId).toBe(agentId);
    const path = `/api/conversations/${encodeURIComponent('demo-chat:visitor-7')}/routing`;
    const explained = await http().get(path).set(bearer(tokens['supervisor@demo.test'] ?? '')).expect(200);
    expect(explained.body.conversationId).toBe('demo-chat:visitor-7');
    expect(explained.body.steps.map((step: { type: string }) => step.type)).toEqual([RoutingEventTypes.contactQueued, RoutingEventTypes.offerMade]);
    expect(explained.body.steps[1].summary).toMatch(new RegExp(`^offered to ${agentId} for 20 s: the only eligible agent free on this channel`));
    // The chat went to the billing queue (it serves chat); agent 1's billing 7 against the required 5 fits by 2.
    expect(explained.body.steps[0].summary).toBe('joined queue billing (chat, priority 0)');
    expect(explained.body.steps[1].details.decision.candidates[0]).toMatchObject({ agentId, eligible: true, skillFit: 2 });
    await http().get(path).set(bearer(tokens['agent1@demo.test'] ?? '')).expect(403);
    await http().get(path).set(bearer(tokens['admin@other.test'] ?? '')).expect(404);
    await http().get('/api/conversations/never-seen/routing').set(bearer(tokens['supervisor@demo.test'] ?? '')).expect(404);

    const figures = await http().get('/api/routing/queues/figures').set(bearer(tokens['supervisor@demo.test'] ?? '')).expect(200);
    expect(figures.body.find((queue: { queueId: string }) => queue.queueId === 'billing')).toMatchObject({ offered: 1, waiting: 0, agentsByPresence: { available: 1 } });
    const agents = await http().get('/api/routing/agents/figures').set(bearer(tokens['supervisor@demo.test'] ?? '')).expect(200);
    expect(agents.body.find((agent: { agentId: string }) => agent.agentId === agentId)).toMatchObject({ presence: 'available', offerPendingFor: 'demo-chat:visitor-7' });
    await http().get('/api/routing/agents/figures').set(bearer(tokens['agent1@demo.test'] ?? '')).expect(403);
    now += 1000;
  });

  it("lists an agent's assigned conversations at GET /api/agents/me/conversations; supervisors ask for anyone's, within their tenant", async () => {
    const agent2 = userIds['agent2@demo.test'] ?? '';
    const events: RoutingEvent[] = [];
    const stop = harness.routing.onRoutingEvent((event) => events.push(event));
    const mine = (email: string) => http().get('/api/agents/me/conversations').set(bearer(tokens[email] ?? ''));
    await http().put(`/api/routing/agents/${agent2}/presence`).set(bearer(tokens['agent2@demo.test'] ?? '')).send({ presence: 'available' }).expect(200);
    expect((await mine('agent2@demo.test').expect(200)).body).toEqual([]);
    // A call: the default queue (no skills); agent 1 still looks at the earlier chat offer, so agent 2 gets it.
    await harness.routing.enqueueContact({ tenantId: 'demo', conversationId: 'demo-voice:call-9', sourceChannel: 'voice' });
    const offer = await waitFor(() => events.find((event) => event.type === RoutingEventTypes.offerMade && event.payload.contactId === 'demo-voice:call-9'), { what: 'the offer' });
    if (offer.type !== RoutingEventTypes.offerMade) throw new Error(offer.type);
    expect(offer.payload.agentId).toBe(agent2);
    await harness.routing.acceptOffer('demo', agent2, 'demo-voice:call-9', offer.payload.offerId);

    const listed = (await mine('agent2@demo.test').expect(200)).body;
    expect(listed).toEqual([
      expect.objectContaining({ conversationId: 'demo-voice:call-9', status: 'assigned', channel: 'voice', queueId: 'default', assignedAgentId: agent2, assignedAt: new Date(now).toISOString(), callback: null }),
    ]);
    expect((await mine('agent1@demo.test').expect(200)).body).toEqual([]);
    expect((await http().get(`/api/agents/${agent2}/conversations`).set(bearer(tokens['supervisor@demo.test'] ?? '')).expect(200)).body).toEqual(listed);
    expect((await http().get(`/api/agents/${agent2}/conversations`).set(bearer(tokens['agent2@demo.test'] ?? '')).expect(200)).body).toEqual(listed);
    await http().get(`/api/agents/${agent2}/conversations`).set(bearer(tokens['agent1@demo.test'] ?? '')).expect(403);
    expect((await http().get(`/api/agents/${agent2}/conversations`).set(bearer(tokens['admin@other.test'] ?? '')).expect(200)).body).toEqual([]);
    expect((await mine('admin@other.test').expect(200)).body).toEqual([]);
    await http().get('/api/agents/me/conversations').expect(401);

    await harness.routing.wrapUp('demo', agent2, 'demo-voice:call-9');
    expect((await mine('agent2@demo.test').expect(200)).body).toEqual([]);
    stop();
  });

  it('documents the agent conversation endpoints in the OpenAPI document, with bearer auth and the response shape', () => {
    const document = SwaggerModule.createDocument(harness.app, new DocumentBuilder().addBearerAuth().build());
    const paths = Object.keys(document.paths).filter((path) => path.startsWith('/api/agents'));
    expect(paths.sort()).toEqual(['/api/agents/me/conversations', '/api/agents/{agentId}/conversations']);
    const mine = document.paths['/api/agents/me/conversations']?.get;
    expect(mine?.security).toEqual([{ bearer: [] }]);
    expect(JSON.stringify(mine?.responses['200'])).toContain('#/components/schemas/ContactViewDto');
    expect(Object.keys((document.components?.schemas?.['ContactViewDto'] as { properties: object }).properties)).toEqual(
      expect.arrayContaining(['conversationId', 'status', 'assignedAgentId', 'assignedAt', 'callback']),
    );
    expect(document.components?.schemas?.['QueueDto']).toMatchObject({ properties: { languageRequired: { type: 'boolean' } } });
  });
});
