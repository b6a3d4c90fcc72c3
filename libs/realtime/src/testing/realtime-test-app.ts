import type { AddressInfo } from 'node:net';
import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { RedisStreamsAdapterOptions } from '@socket.io/redis-streams-adapter';
import { loadConfig } from '@switchboard/config';
import { Topics, type EventEnvelope } from '@switchboard/contracts';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { createInProcessBus, type Bus } from '@switchboard/infra-bus';
import { createSqlEventStore } from '@switchboard/infra-event-store';
import { createRedisConnection } from '@switchboard/infra-redis';
import { createTestPgliteDatabase } from '@switchboard/infra-sql/testing';
import { RoutingModule, type RoutingModuleOptions } from '@switchboard/routing';
import { ErrorMappingFilter, RuntimeModule } from '@switchboard/runtime';
import { testEndpoints, uniqueSuffix } from '@switchboard/testing';
import request from 'supertest';
import { createRealtimeIoAdapter } from '../io-adapter/realtime-io-adapter';
import { RealtimeModule } from '../realtime.module';
import type { RealtimeModuleOptions } from '../realtime.options';

export const DEMO_PASSWORD = 'switchboard';

export interface LoggedIn {
  readonly token: string;
  readonly userId: string;
}

export interface RealtimeTestApp {
  readonly app: INestApplication;
  /** `http://127.0.0.1:<port>`: socket.io clients connect to `${url}/agent` etc. */
  readonly url: string;
  readonly bus: Bus;
  http(): ReturnType<typeof request>;
  login(email: string, password?: string): Promise<LoggedIn>;
  /** Every event published on `topic` from now on (a consumer group of its own). */
  record(topic: string): Promise<EventEnvelope[]>;
  close(): Promise<void>;
}

export interface RealtimeTestAppOptions {
  /** Use the real Redis for realtime's stores and the socket.io adapter (routing state stays in memory). */
  readonly redis?: boolean;
  /** Instances sharing rooms must share the stream and the key prefix. */
  readonly redisStreams?: RedisStreamsAdapterOptions;
  readonly realtime?: RealtimeModuleOptions;
  readonly routing?: RoutingModuleOptions;
}

/**
 * A Nest app composed as the platform will compose it (runtime adapters with PGlite, the SQL event
 * store and the in-process bus; identity with the demo tenant, password `switchboard`; routing;
 * realtime), listening on a free port with the realtime socket.io adapter installed.
 */
export async function startRealtimeTestApp(options: RealtimeTestAppOptions = {}): Promise<RealtimeTestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const sql = await createTestPgliteDatabase();
  const redis = options.redis ? createRedisConnection(testEndpoints.redisUrl) : null;
  const bus = createInProcessBus();
  const adapters = { sql, eventStore: await createSqlEventStore(sql), bus, redis };
  const moduleRef = await Test.createTestingModule({
    imports: [
      RuntimeModule.forRoot({ config, adapters, appName: 'realtime-test' }),
      IdentityAccessModule.forRoot({ jwtSecret: 'x'.repeat(40), accessTokenTtlSeconds: 3600, demo: { seed: true, password: DEMO_PASSWORD } }),
      RoutingModule.forRoot(options.routing ?? {}),
      RealtimeModule.forRoot(options.realtime ?? {}),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ErrorMappingFilter());
  app.useWebSocketAdapter(createRealtimeIoAdapter(app, { redis, ...(options.redisStreams ? { redisStreams: options.redisStreams } : {}) }));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const http = () => request(app.getHttpServer());
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    bus,
    http,
    async login(email, password = DEMO_PASSWORD) {
      const response = await http().post('/api/auth/login').send({ email, password }).expect(200);
      return { token: response.body.accessToken as string, userId: response.body.user.id as string };
    },
    async record(topic) {
      const seen: EventEnvelope[] = [];
      await bus.subscribe({ groupId: `test-${uniqueSuffix()}`, topics: [topic], fromBeginning: false, handler: async ({ event }) => void seen.push(event) });
      return seen;
    },
    close: () => app.close(),
  };
}

export { Topics };
