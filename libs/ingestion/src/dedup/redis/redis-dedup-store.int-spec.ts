import { createRedisConnection, type RedisConnection } from '@switchboard/infra-redis';
import { describeWithServices, testEndpoints } from '@switchboard/testing';
import { testDedupStore } from '../testing/dedup-store.contract';
import { createRedisDedupStore } from './redis-dedup-store';

describeWithServices(['redis'], 'Redis dedup store', () => {
  let redis: RedisConnection;
  testDedupStore(
    'redis',
    async () => {
      redis = createRedisConnection(testEndpoints.redisUrl);
      return createRedisDedupStore(redis.client);
    },
    () => redis.close(),
  );
});
