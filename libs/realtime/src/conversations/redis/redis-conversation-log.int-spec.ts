import { createRedisConnection, type RedisConnection } from '@switchboard/infra-redis';
import { describeWithServices, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { testConversationLog } from '../testing/conversation-log.contract';
import { createRedisConversationLog } from './redis-conversation-log';

describeWithServices(['redis'], 'redis conversation log', () => {
  let redis: RedisConnection;

  beforeAll(() => {
    redis = createRedisConnection(testEndpoints.redisUrl);
  });

  afterAll(async () => {
    await redis.close();
  });

  // A fresh key prefix per test: the same contract as the memory adapter, on the real Redis.
  testConversationLog(() => createRedisConversationLog(redis.client, { prefix: `test:realtime:${uniqueSuffix()}`, transcriptLength: 3 }));
});
