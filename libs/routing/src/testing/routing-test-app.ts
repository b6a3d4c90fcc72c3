import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@switchboard/config';
import { createInProcessBus } from '@switchboard/infra-bus';
import { createSqlEventStore } from '@switchboard/infra-event-store';
import { createRedisConnection } from '@switchboard/infra-redis';
import { createTestPgliteDatabase } from '@switchboard/infra-sql/testing';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { ErrorMappingFilter, RuntimeModule } from '@switchboard/runtime';
import { testEndpoints, uniqueSuffix } from '@switchboard/testing';
import type { RoutingEngine, RoutingPolicy } from '../engine/routing-engine';
import { RoutingService } from '../routing.facade';
import { RoutingModule } from '../routing.module';
import { ROUTING_ENGINE } from '../routing.tokens';

export interface RoutingTestApp {
  readonly app: INestApplication;
  readonly routing: RoutingService;
  readonly engine: RoutingEngine;
  close(): Promise<void>;
}

/**
 * A Nest app as the platform composes it, for routing's integration specs: runtime adapters (PGlite,
 * SQL event store, in-process bus, Redis when asked), identity (demo users, password `switchboard`)
 * and routing with a clock the test moves. Routing state in Redis gets a unique key prefix.
 */
export async function startRoutingTestApp(options: { state: 'memory' | 'redis'; clock: () => number; policy?: Partial<RoutingPolicy> }): Promise<RoutingTestApp> {
  const env = options.state === 'redis' ? { LOG_LEVEL: 'silent', ROUTING_STATE: 'redis', REDIS_URL: testEndpoints.redisUrl } : { LOG_LEVEL: 'silent' };
  const config = loadConfig(env);
  const sql = await createTestPgliteDatabase();
  const adapters = {
    sql,
    eventStore: await createSqlEventStore(sql),
    bus: createInProcessBus(),
    redis: options.state === 'redis' ? createRedisConnection(testEndpoints.redisUrl) : null,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [
      RuntimeModule.forRoot({ config, adapters, appName: 'routing-test' }),
      IdentityAccessModule.forRoot({ jwtSecret: 'x'.repeat(40), accessTokenTtlSeconds: 3600, demo: { seed: true, password: 'switchboard' } }),
      RoutingModule.forRoot({ clock: options.clock, policy: options.policy, redisKeyPrefix: `test:routing:${uniqueSuffix()}` }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new ErrorMappingFilter());
  await app.init();
  return {
    app,
    routing: app.get(RoutingService),
    engine: app.get<RoutingEngine>(ROUTING_ENGINE),
    close: () => app.close(),
  };
}
