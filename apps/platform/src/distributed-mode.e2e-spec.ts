import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { TEST_BUS_SECRET, createScratchDatabase, describeWithServices, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { startApp, type AppDefinition, type RunningApp } from '@switchboard/runtime';
import request from 'supertest';
import { gatewayApp } from '../../gateway/src/gateway.app';
import { realtimeApp } from '../../realtime/src/realtime.app';
import { routerApp } from '../../router/src/router.app';
import { timelineApp } from '../../timeline/src/timeline.app';

const root = resolve(__dirname, '../../..');

describeWithServices(['postgres', 'kafka', 'redis'], 'the service apps in the distributed mode', () => {
  let database: { url: string; drop(): Promise<void> };
  const running: RunningApp[] = [];

  const env = () => ({
    EVENT_STORE: 'postgres',
    DATABASE_URL: database.url,
    BUS: 'kafka',
    KAFKA_BROKERS: testEndpoints.kafkaBrokers.join(','),
    KAFKA_CLIENT_ID: `e2e-${uniqueSuffix()}`,
    // One secret for every service: each opens what the others sealed.
    BUS_SECRET: TEST_BUS_SECRET,
    ROUTING_STATE: 'redis',
    REDIS_URL: testEndpoints.redisUrl,
    JWT_SECRET: 'an-e2e-secret-that-is-long-enough-0123456789',
    TIMELINE_SECRET: 'an-e2e-timeline-secret-long-enough-0123456789',
    LOG_LEVEL: 'silent',
  });

  beforeAll(async () => {
    database = await createScratchDatabase();
  });

  afterAll(async () => {
    for (const app of running) await app.close();
    await database?.drop();
  });

  it.each<[string, AppDefinition]>([
    ['gateway', gatewayApp],
    ['timeline', timelineApp],
    ['router', routerApp],
    ['realtime', realtimeApp],
  ])('%s runs alone against Kafka, PostgreSQL and Redis and reports them ready', async (_name, definition) => {
    const app = await startApp(definition, { env: env(), port: 0 });
    running.push(app);
    const ready = await request(app.url).get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({
      database: { status: 'up', kind: 'postgres' },
      eventStore: { status: 'up', kind: 'postgres' },
      bus: { status: 'up', kind: 'kafka' },
      redis: { status: 'up' },
    });
    await request(app.url).get('/metrics').expect(200);
  });

  it('lets an operator create a tenant whose admin then logs in through the gateway', async () => {
    const created = spawnSync(
      process.execPath,
      ['-r', resolve(root, 'tools/register-paths.cjs'), resolve(root, 'dist/tools/create-tenant.js'), '--id', 'acme', '--name', 'Acme', '--admin-email', 'ops@acme.test'],
      { cwd: root, env: { ...process.env, ...env(), ADMIN_PASSWORD: 'acme-admin-password' }, encoding: 'utf8' },
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Created tenant acme with admin ops@acme.test in the distributed database.');
    const gateway = running[0];
    if (!gateway) throw new Error('the gateway test must run first');
    const login = await request(gateway.url).post('/api/auth/login').send({ email: 'ops@acme.test', password: 'acme-admin-password' }).expect(200);
    const me = await request(gateway.url).get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ tenantId: 'acme', role: 'admin' });
  });

  it('refuses to run a service app without Kafka configured', async () => {
    await expect(startApp(gatewayApp, { env: { ...env(), BUS: 'inprocess' }, port: 0 })).rejects.toThrow(/BUS: must be kafka/);
  });

  it('refuses to run the timeline service without TIMELINE_SECRET', async () => {
    const withoutSecret: Record<string, string> = { ...env() };
    delete withoutSecret['TIMELINE_SECRET'];
    await expect(startApp(timelineApp, { env: withoutSecret, port: 0 })).rejects.toThrow(/TIMELINE_SECRET: required in the distributed mode/);
  });

  it('refuses to run a service app on Kafka without BUS_SECRET', async () => {
    const withoutSecret: Record<string, string> = { ...env() };
    delete withoutSecret['BUS_SECRET'];
    await expect(startApp(routerApp, { env: withoutSecret, port: 0 })).rejects.toThrow(/BUS_SECRET: required with BUS=kafka/);
  });

  it('reports a dependency that went away as not ready (503)', async () => {
    const app = await startApp(routerApp, { env: { ...env(), REDIS_URL: 'redis://127.0.0.1:1' }, port: 0 });
    running.push(app);
    const ready = await request(app.url).get('/health/ready').expect(503);
    expect(ready.body.error.redis.status).toBe('down');
    expect(ready.body.info.database.status).toBe('up');
  });
});
