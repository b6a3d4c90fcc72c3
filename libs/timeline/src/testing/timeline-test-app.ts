import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@switchboard/config';
import { Topics, type EventEnvelope } from '@switchboard/contracts';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { createInProcessBus, type Bus } from '@switchboard/infra-bus';
import { createSqlEventStore, type EventStore } from '@switchboard/infra-event-store';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { ErrorMappingFilter, RuntimeModule } from '@switchboard/runtime';
import request from 'supertest';
import type { Timeline } from '../create-timeline';
import { TimelineModule } from '../timeline.module';
import type { TimelineModuleOptions } from '../timeline.options';
import { TIMELINE } from '../tokens';
import { TEST_SECRET } from './timeline-harness';

export const DEMO_PASSWORD = 'switchboard';

export interface TimelineTestApp {
  readonly app: INestApplication;
  readonly sql: SqlDatabase;
  readonly store: EventStore;
  readonly bus: Bus;
  readonly timeline: Timeline;
  http(): ReturnType<typeof request>;
  login(email: string, password?: string): Promise<string>;
  /** Publishes canonical channel events the way the gateway does: on the channel-events topic, keyed by thread. */
  publish(events: readonly EventEnvelope[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * The platform's composition for the timeline's integration specs: runtime adapters (the given
 * database, the SQL event store on it, the in-process bus), identity with the demo users, and the
 * timeline module, behind the same validation pipe and error filter the apps install.
 */
export async function startTimelineTestApp(makeDatabase: () => Promise<SqlDatabase>, options: TimelineModuleOptions = {}): Promise<TimelineTestApp> {
  const sql = await makeDatabase();
  const store = await createSqlEventStore(sql);
  const bus = createInProcessBus();
  const moduleRef = await Test.createTestingModule({
    imports: [
      RuntimeModule.forRoot({ config: loadConfig({ LOG_LEVEL: 'silent' }), adapters: { sql, eventStore: store, bus, redis: null }, appName: 'timeline-test' }),
      IdentityAccessModule.forRoot({ jwtSecret: 'a-jwt-secret-for-the-timeline-tests-0123456789', accessTokenTtlSeconds: 3600, demo: { seed: true, password: DEMO_PASSWORD } }),
      TimelineModule.forRoot({ secret: TEST_SECRET, projection: { pollIntervalMs: 20 }, ...options }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ErrorMappingFilter());
  await app.init();
  const http = () => request(app.getHttpServer());
  return {
    app,
    sql,
    store,
    bus,
    timeline: app.get<Timeline>(TIMELINE),
    http,
    async login(email, password = DEMO_PASSWORD) {
      const response = await http().post('/api/auth/login').send({ email, password }).expect(200);
      return response.body.accessToken as string;
    },
    async publish(events) {
      await bus.publish(
        Topics.channelEvents,
        events.map((event) => ({ key: String((event.payload as { threadKey?: unknown }).threadKey ?? event.id), event })),
      );
    },
    close: () => app.close(),
  };
}
