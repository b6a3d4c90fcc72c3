import { Global, Module, ValidationPipe, type DynamicModule, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SQL_DATABASE, type SqlDatabase } from '@switchboard/infra-sql';
import { createTestPgliteDatabase, createTestPostgresDatabase } from '@switchboard/infra-sql/testing';
import { describeWithServices, uniqueSuffix } from '@switchboard/testing';
import request from 'supertest';
import { DemoSeeder } from './application/demo-seeder';
import { TenantsService } from './application/tenants.service';
import { DEMO_USERS } from './domain/demo-users';
import { IdentityAccessModule } from './identity-access.module';

const DEMO_PASSWORD = 'demo-secret-1';
const TTL_SECONDS = 900;

/** Stands in for the composition root, which provides the app's SqlDatabase globally. */
@Global()
@Module({})
class TestSqlModule {
  static with(db: SqlDatabase): DynamicModule {
    return { module: TestSqlModule, providers: [{ provide: SQL_DATABASE, useValue: db }], exports: [SQL_DATABASE] };
  }
}

async function startApp(db: SqlDatabase): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TestSqlModule.with(db),
      IdentityAccessModule.forRoot({
        jwtSecret: 'test-secret-that-is-long-enough',
        accessTokenTtlSeconds: TTL_SECONDS,
        demo: { seed: true, password: DEMO_PASSWORD },
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  // The same pipe the apps install (libs/runtime).
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  await app.init();
  return app;
}

function decodeJwtPart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[index] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

function testIdentityAccess(name: string, makeDatabase: () => Promise<SqlDatabase>): void {
  describe(`identity and access on ${name}`, () => {
    let db: SqlDatabase;
    let app: INestApplication;
    const http = () => request(app.getHttpServer());
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

    async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
      const response = await http().post('/api/auth/login').send({ email, password }).expect(200);
      return response.body.accessToken as string;
    }

    async function demoUserId(adminToken: string, email: string): Promise<string> {
      const users = await http().get('/api/users').set(bearer(adminToken)).expect(200);
      const user = (users.body as { id: string; email: string }[]).find((candidate) => candidate.email === email);
      if (!user) throw new Error(`${email} not listed`);
      return user.id;
    }

    beforeAll(async () => {
      db = await makeDatabase();
      app = await startApp(db);
    });

    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    it('lets every demo user log in with the demo password, with the right claims in the token', async () => {
      for (const demo of DEMO_USERS) {
        const before = Date.now();
        const response = await http().post('/api/auth/login').send({ email: demo.email, password: DEMO_PASSWORD }).expect(200);
        const { accessToken, expiresAt, user } = response.body;
        expect(user).toEqual({ id: expect.any(String), email: demo.email, role: demo.role, tenantId: 'demo', displayName: demo.displayName });
        expect(decodeJwtPart(accessToken, 0)).toMatchObject({ alg: 'HS256', typ: 'JWT' });
        const claims = decodeJwtPart(accessToken, 1);
        expect(claims).toMatchObject({ sub: user.id, tenantId: 'demo', email: demo.email, role: demo.role });
        expect(new Date(expiresAt).getTime()).toBe((claims['exp'] as number) * 1000);
        expect(new Date(expiresAt).getTime()).toBeGreaterThanOrEqual(before - 1000 + TTL_SECONDS * 1000);
        expect(JSON.stringify(response.body)).not.toMatch(/scrypt|password/i);
      }
    });

    it('accepts the email in any case and with surrounding spaces', async () => {
      await login('  Admin@Demo.TEST ');
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const wrongPassword = await http().post('/api/auth/login').send({ email: 'admin@demo.test', password: 'not-the-password' }).expect(401);
      const unknownEmail = await http().post('/api/auth/login').send({ email: 'nobody@demo.test', password: DEMO_PASSWORD }).expect(401);
      expect(wrongPassword.body.message).toBe('invalid email or password');
      expect(unknownEmail.body).toEqual(wrongPassword.body);
    });

    it('refuses a malformed login body with 400', async () => {
      await http().post('/api/auth/login').send({ email: 'admin@demo.test' }).expect(400);
      await http().post('/api/auth/login').send({ email: 'not-an-email', password: DEMO_PASSWORD }).expect(400);
      await http().post('/api/auth/login').send({ email: 'admin@demo.test', password: 42 }).expect(400);
      const extra = await http()
        .post('/api/auth/login')
        .send({ email: 'admin@demo.test', password: DEMO_PASSWORD, tenantId: 'other' })
        .expect(400);
      expect(extra.body.message).toEqual(['property tenantId should not exist']);
    });

    it('refuses a missing, forged or foreign token with 401', async () => {
      const none = await http().get('/api/auth/me').expect(401);
      expect(none.body.message).toBe('an access token is required');
      await http().get('/api/auth/me').set(bearer('not-a-jwt')).expect(401);
      await http().get('/api/auth/me').set('Authorization', 'Basic YWRtaW46c3dpdGNoYm9hcmQ=').expect(401);

      // The agent's token with the role claim raised to admin: the signature no longer matches.
      const agentToken = await login('agent1@demo.test');
      const [header, , signature] = agentToken.split('.');
      const raised = Buffer.from(JSON.stringify({ ...decodeJwtPart(agentToken, 1), role: 'admin' })).toString('base64url');
      await http().get('/api/users').set(bearer(`${header}.${raised}.${signature}`)).expect(401);

      // An unsigned token (alg none) with perfect claims.
      const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${raised}.`;
      await http().get('/api/users').set(bearer(unsigned)).expect(401);
    });

    it('returns the caller and their tenant', async () => {
      const token = await login('agent2@demo.test');
      const me = await http().get('/api/auth/me').set(bearer(token)).expect(200);
      expect(me.body).toMatchObject({ email: 'agent2@demo.test', role: 'agent', tenantId: 'demo', active: true });
      const tenant = await http().get('/api/tenants/current').set(bearer(token)).expect(200);
      expect(tenant.body).toEqual({ id: 'demo', name: 'Demo', createdAt: expect.any(String) });
    });

    it('gives an agent 403 on a supervisor-only endpoint and a supervisor 200', async () => {
      const agent = await login('agent1@demo.test');
      const denied = await http().get('/api/users').set(bearer(agent)).expect(403);
      expect(denied.body.message).toBe('this requires the supervisor role');
      await http().get('/api/users/some-id').set(bearer(agent)).expect(403);

      const supervisor = await login('supervisor@demo.test');
      const users = await http().get('/api/users').set(bearer(supervisor)).expect(200);
      expect((users.body as { email: string }[]).map((user) => user.email)).toEqual(
        expect.arrayContaining(DEMO_USERS.map((user) => user.email)),
      );
      expect(JSON.stringify(users.body)).not.toMatch(/scrypt|password/i);
      const agentId = await demoUserId(supervisor, 'agent1@demo.test');
      await http().get(`/api/users/${agentId}`).set(bearer(supervisor)).expect(200);

      // Creating and changing users is for admins only.
      await http()
        .post('/api/users')
        .set(bearer(supervisor))
        .send({ email: `nope-${uniqueSuffix()}@demo.test`, password: 'long enough', role: 'agent' })
        .expect(403);
      await http().patch(`/api/users/${agentId}`).set(bearer(supervisor)).send({ displayName: 'Renamed' }).expect(403);
    });

    it("keeps a user of tenant B from reading or changing tenant A's data", async () => {
      const tenantB = `acme-${uniqueSuffix()}`;
      const adminB = { email: `boss@${tenantB}.test`, password: 'acme-password' };
      await app.get(TenantsService).createTenant({ id: tenantB, name: 'Acme', admin: adminB });

      const tokenA = await login('admin@demo.test');
      const tokenB = await login(adminB.email, adminB.password);
      expect(decodeJwtPart(tokenB, 1)).toMatchObject({ tenantId: tenantB, role: 'admin' });

      const listedB = await http().get('/api/users').set(bearer(tokenB)).expect(200);
      expect(listedB.body).toEqual([expect.objectContaining({ email: adminB.email, tenantId: tenantB, role: 'admin' })]);
      const listedA = await http().get('/api/users').set(bearer(tokenA)).expect(200);
      expect((listedA.body as { tenantId: string }[]).every((user) => user.tenantId === 'demo')).toBe(true);

      const agentOfA = await demoUserId(tokenA, 'agent3@demo.test');
      const read = await http().get(`/api/users/${agentOfA}`).set(bearer(tokenB)).expect(404);
      expect(read.body.message).toBe('user not found');
      await http().patch(`/api/users/${agentOfA}`).set(bearer(tokenB)).send({ active: false, displayName: 'Taken over' }).expect(404);
      const untouched = await http().get(`/api/users/${agentOfA}`).set(bearer(tokenA)).expect(200);
      expect(untouched.body).toMatchObject({ active: true, displayName: 'Agent 3' });

      const tenant = await http().get('/api/tenants/current').set(bearer(tokenB)).expect(200);
      expect(tenant.body).toMatchObject({ id: tenantB, name: 'Acme' });
    });

    it('lets an admin create a user who can then log in, and answers a taken email with 409', async () => {
      const admin = await login('admin@demo.test');
      const email = `new-agent-${uniqueSuffix()}@demo.test`;
      const created = await http()
        .post('/api/users')
        .set(bearer(admin))
        .send({ email, password: 'new-password', role: 'agent', displayName: 'New Agent' })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        email,
        role: 'agent',
        tenantId: 'demo',
        displayName: 'New Agent',
        active: true,
        createdAt: expect.any(String),
      });
      const token = await login(email, 'new-password');
      expect(decodeJwtPart(token, 1)).toMatchObject({ sub: created.body.id, tenantId: 'demo', role: 'agent' });

      const taken = await http()
        .post('/api/users')
        .set(bearer(admin))
        .send({ email: email.toUpperCase(), password: 'other-password', role: 'supervisor' })
        .expect(409);
      expect(taken.body).toMatchObject({ statusCode: 409, code: 'EMAIL_TAKEN', message: 'a user with this email already exists' });

      // Emails are unique across tenants, since login is by email alone.
      const tenantC = `globex-${uniqueSuffix()}`;
      await expect(
        app.get(TenantsService).createTenant({ id: tenantC, name: 'Globex', admin: { email, password: 'globex-password' } }),
      ).rejects.toMatchObject({ code: 'EMAIL_TAKEN' });
      // ... and the tenant was not left behind without its admin.
      await expect(app.get(TenantsService).get(tenantC)).rejects.toMatchObject({ code: 'TENANT_NOT_FOUND' });
    });

    it('refuses a new user or a change that breaks the rules with 400', async () => {
      const admin = await login('admin@demo.test');
      const send = (body: object) => http().post('/api/users').set(bearer(admin)).send(body);
      await send({ email: `x-${uniqueSuffix()}@demo.test`, password: 'short', role: 'agent' }).expect(400);
      await send({ email: `x-${uniqueSuffix()}@demo.test`, password: 'long enough', role: 'owner' }).expect(400);
      await send({ email: `x-${uniqueSuffix()}@demo.test`, password: 'long enough', role: 'agent', tenantId: 'other' }).expect(400);

      const adminId = (await http().get('/api/auth/me').set(bearer(admin)).expect(200)).body.id as string;
      const agentId = await demoUserId(admin, 'agent4@demo.test');
      await http().patch(`/api/users/${agentId}`).set(bearer(admin)).send({ role: null }).expect(400);
      const lockout = await http().patch(`/api/users/${adminId}`).set(bearer(admin)).send({ active: false }).expect(400);
      expect(lockout.body).toMatchObject({ code: 'INVALID_USER_UPDATE', problems: ['you cannot deactivate yourself'] });
    });

    it('refreshes a token with the current role, and refuses once the user is deactivated', async () => {
      const admin = await login('admin@demo.test');
      const email = `leaver-${uniqueSuffix()}@demo.test`;
      const created = await http().post('/api/users').set(bearer(admin)).send({ email, password: 'leaver-password', role: 'agent' }).expect(201);
      const token = await login(email, 'leaver-password');

      await http().patch(`/api/users/${created.body.id}`).set(bearer(admin)).send({ role: 'supervisor' }).expect(200);
      const refreshed = await http().post('/api/auth/refresh').set(bearer(token)).expect(200);
      expect(refreshed.body).toEqual({ accessToken: expect.any(String), expiresAt: expect.any(String) });
      expect(decodeJwtPart(refreshed.body.accessToken, 1)).toMatchObject({ sub: created.body.id, tenantId: 'demo', role: 'supervisor' });
      await http().get('/api/users').set(bearer(refreshed.body.accessToken)).expect(200);

      const deactivated = await http().patch(`/api/users/${created.body.id}`).set(bearer(admin)).send({ active: false }).expect(200);
      expect(deactivated.body.active).toBe(false);
      const refused = await http().post('/api/auth/refresh').set(bearer(refreshed.body.accessToken)).expect(401);
      expect(refused.body.message).toBe('this user is no longer active');
      await http().post('/api/auth/login').send({ email, password: 'leaver-password' }).expect(401);
    });

    it('seeds the demo tenant idempotently, leaving existing users alone', async () => {
      const admin = await login('admin@demo.test');
      const agentId = await demoUserId(admin, 'agent5@demo.test');
      await http().patch(`/api/users/${agentId}`).set(bearer(admin)).send({ displayName: 'Renamed Agent' }).expect(200);

      await expect(app.get(DemoSeeder).seed(DEMO_PASSWORD)).resolves.toEqual({ created: 0 });
      // A restart: migrations and seeding run again on the same database.
      const restarted = await startApp(db);
      await restarted.close();

      const counts = await db.query<{ email: string; n: number }>(
        "select email, count(*)::int as n from users where tenant_id = 'demo' and email like '%@demo.test' group by email",
      );
      const demoCounts = counts.rows.filter((row) => DEMO_USERS.some((demo) => demo.email === row.email));
      expect(demoCounts).toHaveLength(DEMO_USERS.length);
      expect(demoCounts.every((row) => row.n === 1)).toBe(true);
      const tenants = await db.query<{ n: number }>("select count(*)::int as n from tenants where id = 'demo'");
      expect(tenants.rows).toEqual([{ n: 1 }]);
      const renamed = await http().get(`/api/users/${agentId}`).set(bearer(admin)).expect(200);
      expect(renamed.body.displayName).toBe('Renamed Agent');
    });
  });
}

testIdentityAccess('PGlite (in memory)', createTestPgliteDatabase);

describe('identity and access in the OpenAPI document', () => {
  it('documents its routes, with bearer auth on all but login', async () => {
    const db = await createTestPgliteDatabase();
    const app = await startApp(db);
    try {
      const document = SwaggerModule.createDocument(app, new DocumentBuilder().addBearerAuth().build());
      expect(Object.keys(document.paths).sort()).toEqual(
        ['/api/auth/login', '/api/auth/me', '/api/auth/refresh', '/api/tenants/current', '/api/users', '/api/users/{id}'].sort(),
      );
      expect(document.paths['/api/auth/login']?.post?.security).toBeUndefined();
      expect(document.paths['/api/users']?.get?.security).toEqual([{ bearer: [] }]);
      expect(document.components?.schemas?.['LoginDto']).toBeDefined();
    } finally {
      await app.close();
      await db.close();
    }
  });
});

describeWithServices(['postgres'], 'PostgreSQL', () => {
  testIdentityAccess('PostgreSQL', () => createTestPostgresDatabase());
});
