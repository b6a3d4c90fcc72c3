import { createRedisConnection, type RedisConnection } from '@switchboard/infra-redis';
import { describeWithServices, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { CHAT_SESSION_TTL_SECONDS } from '../chat-session-store';
import { testChatSessionStore } from '../testing/chat-session-store.contract';
import { createRedisChatSessionStore } from './redis-chat-session-store';

describeWithServices(['redis'], 'redis chat session store', () => {
  let redis: RedisConnection;
  const prefix = `test:realtime:${uniqueSuffix()}`;

  beforeAll(() => {
    redis = createRedisConnection(testEndpoints.redisUrl);
  });

  afterAll(async () => {
    await redis.close();
  });

  // A fresh key prefix per test: the same contract as the memory adapter, on the real Redis.
  testChatSessionStore(() => createRedisChatSessionStore(redis.client, { prefix: `test:realtime:${uniqueSuffix()}` }));

  it('expires sessions after a day and keeps that deadline when a session changes', async () => {
    const store = createRedisChatSessionStore(redis.client, { prefix });
    const key = uniqueSuffix();
    await store.create(key, { tenantId: 't', conversationId: 'c', visitorId: 'v', name: null, email: null, language: null, startedAt: 'x', routed: false, endedAt: null });
    await redis.client.expire(`${prefix}:chat-session:${key}`, 100);
    await store.update(key, { routed: true });
    const ttl = await redis.client.ttl(`${prefix}:chat-session:${key}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(100);
    expect(CHAT_SESSION_TTL_SECONDS).toBe(86_400);
  });
});
