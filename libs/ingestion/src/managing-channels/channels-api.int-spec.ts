import { TenantsService } from '@switchboard/identity-access';
import { createScratchDatabase, describeWithServices } from '@switchboard/testing';
import { generic } from '../testing/provider-fixtures';
import { PUBLIC_BASE_URL, startIngestionTestApp, type IngestionTestApp, type StartOptions } from '../testing/ingestion-test-app';
import { sendWebhook } from '../testing/webhook-call';

const PASSWORD = 'tenant-password-1';
const SECRET = 'acme-signing-secret-0001';
const ROTATED = 'acme-signing-secret-0002';

function testChannelsApi(name: string, start: () => Promise<{ app: IngestionTestApp; cleanUp(): Promise<void> }>): void {
  describe(`channels API on ${name}`, () => {
    let app: IngestionTestApp;
    let cleanUp: () => Promise<void>;
    let acme: string;
    let globex: string;
    let agent: string;
    const bodies: string[] = [];
    const as = (token: string) => ({ Authorization: `Bearer ${token}` });
    const seen = <T extends { text: string }>(response: T): T => {
      bodies.push(response.text);
      return response;
    };
    const signed = (channelId: string, id: string, secret: string) => {
      const body = Buffer.from(JSON.stringify({ id, type: 'message', from: { kind: 'phone', value: '+442079460958' }, text: 'hello' }));
      const call = generic.genericRequest(body, new Date(), { url: `${PUBLIC_BASE_URL}/webhooks/${channelId}` });
      return { ...call, headers: { ...call.headers, 'x-switchboard-signature': generic.signatureHeader(body, Math.floor(Date.now() / 1000), secret) } };
    };

    beforeAll(async () => {
      ({ app, cleanUp } = await start());
      const tenants = app.running.app.get(TenantsService);
      await tenants.createTenant({ id: 'acme', name: 'Acme', admin: { email: 'admin@acme.test', password: PASSWORD } });
      await tenants.createTenant({ id: 'globex', name: 'Globex', admin: { email: 'admin@globex.test', password: PASSWORD } });
      acme = await app.login('admin@acme.test', PASSWORD);
      globex = await app.login('admin@globex.test', PASSWORD);
      await app.http().post('/api/users').set(as(acme)).send({ email: 'agent@acme.test', password: PASSWORD, role: 'agent', displayName: 'Agent' }).expect(201);
      agent = await app.login('agent@acme.test', PASSWORD);
    });
    afterAll(async () => {
      await cleanUp?.();
    });

    it("creates a channel and answers its webhook URL and secret names, never the secrets' values", async () => {
      const created = seen(
        await app.http().post('/api/channels').set(as(acme)).send({ kind: 'generic', secrets: { signingSecret: SECRET }, settings: { network: 'viber' } }).expect(201),
      );
      expect(created.body).toEqual({
        id: expect.any(String),
        kind: 'generic',
        webhookUrl: `${PUBLIC_BASE_URL}/webhooks/${created.body.id}`,
        secretNames: ['signingSecret'],
        missingSecrets: [],
        settings: { network: 'viber' },
        createdAt: expect.any(String),
      });
      const listed = seen(await app.http().get('/api/channels').set(as(acme)).expect(200));
      expect(listed.body.map((channel: { id: string }) => channel.id)).toContain(created.body.id);
      seen(await app.http().get(`/api/channels/${created.body.id}`).set(as(acme)).expect(200));
      await sendWebhook(app, signed(created.body.id, 'evt-created', SECRET)).expect(200);
    });

    it("keeps each tenant's channels its own: another tenant's channel is 404 for read, change and delete", async () => {
      const { body: channel } = await app.http().post('/api/channels').set(as(acme)).send({ kind: 'telegram', secrets: { secretToken: 'acme-telegram-token' } }).expect(201);
      const theirs = seen(await app.http().get('/api/channels').set(as(globex)).expect(200));
      expect(theirs.body.map((listed: { id: string }) => listed.id)).not.toContain(channel.id);
      await app.http().get(`/api/channels/${channel.id}`).set(as(globex)).expect(404);
      await app.http().patch(`/api/channels/${channel.id}`).set(as(globex)).send({ secrets: { secretToken: 'hijacked-token' } }).expect(404);
      await app.http().delete(`/api/channels/${channel.id}`).set(as(globex)).expect(404);
      const unchanged = seen(await app.http().get(`/api/channels/${channel.id}`).set(as(acme)).expect(200));
      expect(unchanged.body.secretNames).toEqual(['secretToken']);
    });

    it('is for admins: an agent gets 403, no token 401', async () => {
      await app.http().get('/api/channels').set(as(agent)).expect(403);
      await app.http().post('/api/channels').set(as(agent)).send({ kind: 'generic' }).expect(403);
      await app.http().get('/api/channels').expect(401);
    });

    it('refuses an unknown kind, secrets of another kind and unknown fields with 400, naming the problem', async () => {
      await app.http().post('/api/channels').set(as(acme)).send({ kind: 'fax' }).expect(400);
      const wrong = await app.http().post('/api/channels').set(as(acme)).send({ kind: 'generic', secrets: { authToken: 'x' } }).expect(400);
      expect(wrong.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'INVALID_CHANNEL', message: expect.stringContaining('secrets.authToken is not a generic secret') });
      await app.http().post('/api/channels').set(as(acme)).send({ kind: 'generic', tenantId: 'globex' }).expect(400);
    });

    it('rotates a secret at once, answers 503 while a needed secret is missing, and forgets a deleted channel', async () => {
      const { body: channel } = await app.http().post('/api/channels').set(as(acme)).send({ kind: 'generic', secrets: { signingSecret: SECRET } }).expect(201);
      await sendWebhook(app, signed(channel.id, 'evt-a', SECRET)).expect(200);

      seen(await app.http().patch(`/api/channels/${channel.id}`).set(as(acme)).send({ secrets: { signingSecret: ROTATED } }).expect(200));
      await sendWebhook(app, signed(channel.id, 'evt-b', SECRET)).expect(401);
      await sendWebhook(app, signed(channel.id, 'evt-b', ROTATED)).expect(200);

      const emptied = seen(await app.http().patch(`/api/channels/${channel.id}`).set(as(acme)).send({ secrets: { signingSecret: null } }).expect(200));
      expect(emptied.body).toMatchObject({ secretNames: [], missingSecrets: ['signingSecret'] });
      const unconfigured = await sendWebhook(app, signed(channel.id, 'evt-c', ROTATED)).expect(503);
      expect(unconfigured.headers['retry-after']).toBe('5');
      expect(unconfigured.body.code).toBe('CHANNEL_MISCONFIGURED');

      await app.http().delete(`/api/channels/${channel.id}`).set(as(acme)).expect(204);
      await app.http().get(`/api/channels/${channel.id}`).set(as(acme)).expect(404);
      await sendWebhook(app, signed(channel.id, 'evt-d', ROTATED)).expect(404);
    });

    it('counts webhooks by kind and outcome, signature failures included', async () => {
      const metrics = await app.http().get('/metrics').expect(200);
      expect(metrics.text).toMatch(/switchboard_webhooks_total\{kind="generic",outcome="accepted"\} \d+/);
      expect(metrics.text).toMatch(/switchboard_webhooks_total\{kind="generic",outcome="rejected_invalid_signature"\} [1-9]/);
      expect(metrics.text).toMatch(/switchboard_webhooks_total\{kind="generic",outcome="rejected_channel_misconfigured"\} [1-9]/);
      expect(metrics.text).toMatch(/switchboard_webhooks_total\{kind="unknown",outcome="rejected_channel_not_found"\} [1-9]/);
    });

    it('never put a secret value in any answer', () => {
      expect(bodies.length).toBeGreaterThan(5);
      for (const body of bodies) for (const secret of [SECRET, ROTATED, 'acme-telegram-token']) expect(body).not.toContain(secret);
    });
  });
}

const inProcess: StartOptions = { bus: 'inprocess' };

testChannelsApi('PGlite', async () => {
  const app = await startIngestionTestApp(inProcess);
  return { app, cleanUp: () => app.close() };
});

describeWithServices(['postgres'], 'channels API on PostgreSQL', () => {
  testChannelsApi('PostgreSQL', async () => {
    const database = await createScratchDatabase();
    const app = await startIngestionTestApp({
      ...inProcess,
      env: { DATABASE_URL: database.url, EVENT_STORE: 'postgres', JWT_SECRET: 'a-test-jwt-secret-that-is-long-enough-1' },
    });
    return {
      app,
      async cleanUp() {
        await app.close();
        await database.drop();
      },
    };
  });
});
