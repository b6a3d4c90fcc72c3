import { createRedisConnection, type RedisConnection } from '@switchboard/infra-redis';
import { describeWithServices, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { testRoutingState } from '../testing/routing-state.contract';
import { T0, contact, profile } from '../testing/routing-state.fixtures';
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

  it("prunes members of an agent's assigned set that no longer hold", async () => {
    const keyPrefix = `test:routing:${uniqueSuffix()}`;
    const state = createRedisRoutingState(redis.client, { keyPrefix });
    await state.putProfile('acme', profile('a1'), T0);
    await state.enqueue('acme', contact('waiting', T0));
    const key = `${keyPrefix}:{acme}:assigned:a1`;
    await redis.client.sadd(key, 'gone', 'waiting');
    expect(await state.assignedTo('acme', 'a1')).toEqual([]);
    expect(await redis.client.smembers(key)).toEqual([]);
  });
});
