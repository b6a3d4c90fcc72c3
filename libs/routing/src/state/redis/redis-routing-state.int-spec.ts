import { createRedisConnection, type RedisConnection } from '@switchboard/infra-redis';
import { describeWithServices, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { testRoutingState } from '../testing/routing-state.contract';
import { createRedisRoutingState } from './redis-routing-state';

describeWithServices(['redis'], 'Redis routing state', () => {
  let redis: RedisConnection;

  beforeAll(() => {
    redis = createRedisConnection(testEndpoints.redisUrl);
  });

  afterAll(async () => {
    await redis.close();
  });

  // A unique key prefix per test: tests never see each other's keys and need no cleanup between them.
  testRoutingState(async () => createRedisRoutingState(redis.client, { keyPrefix: `test:routing:${uniqueSuffix()}` }));
});
