import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEnvelope, customerStream, newId } from '@switchboard/contracts';
import { startApp, type RunningApp } from '@switchboard/runtime';
import request from 'supertest';
import { platformApp } from './platform.app';

const quietEnv = (dataDir: string) => ({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_PASSWORD: 'demo-secret-1' });

async function login(app: RunningApp, email: string, password: string): Promise<string> {
  const response = await request(app.url).post('/api/auth/login').send({ email, password }).expect(200);
  return response.body.accessToken as string;
}

describe('the embedded platform', () => {
  let dataDir: string;
  let app: RunningApp;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
    app = await startApp(platformApp, { env: quietEnv(dataDir), port: 0 });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is live and ready, with every adapter up', async () => {
    await request(app.url).get('/health/live').expect(200);
    const ready = await request(app.url).get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
    expect(ready.body.info).toMatchObject({
      database: { status: 'up', kind: 'pglite' },
      eventStore: { status: 'up', kind: 'pglite' },
      bus: { status: 'up', kind: 'inprocess' },
    });
  });

  it('serves Prometheus metrics that count requests', async () => {
    await request(app.url).get('/health/live').expect(200);
    const metrics = await request(app.url).get('/metrics').expect(200);
    expect(metrics.headers['content-type']).toMatch(/text\/plain/);
    expect(metrics.text).toMatch(/switchboard_http_requests_total\{method="GET",route="\/health\/live",status="200"\} \d+/);
    expect(metrics.text).toContain('switchboard_process_resident_memory_bytes');
  });

  it('serves its OpenAPI document', async () => {
    const docs = await request(app.url).get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/health/ready']));
  });

  it('lets the seeded demo users log in with DEMO_PASSWORD, and only with it', async () => {
    const token = await login(app, 'agent1@demo.test', 'demo-secret-1');
    const me = await request(app.url).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ email: 'agent1@demo.test', role: 'agent', tenantId: 'demo' });
    await request(app.url).post('/api/auth/login').send({ email: 'agent1@demo.test', password: 'switchboard' }).expect(401);
  });

  it('keeps its data across a restart (PGlite on disk under DATA_DIR)', async () => {
    const adminToken = await login(app, 'admin@demo.test', 'demo-secret-1');
    await request(app.url)
      .post('/api/users')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ email: 'kept@demo.test', password: 'kept-password', role: 'agent', displayName: 'Kept' })
      .expect(201);
    const stream = customerStream('demo', newId());
    const event = createEnvelope(
      { type: 'customer.created.v1', tenantId: 'demo', source: { channel: 'system', provider: 'e2e' }, payload: { note: 'kept' } },
      { now: () => new Date(), newId },
    );
    await app.adapters.eventStore.append(stream, [event], { expectedRevision: 'no_stream' });

    await app.close();
    app = await startApp(platformApp, { env: quietEnv(dataDir), port: 0 });

    await login(app, 'kept@demo.test', 'kept-password');
    const stored = await app.adapters.eventStore.readStream(stream);
    expect(stored.map((recorded) => recorded.event)).toEqual([event]);
    const ready = await request(app.url).get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
  });
});
