import { describeWithServices, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { createRedisConnection } from './redis-connection';

describeWithServices(['redis'], 'Redis connection', () => {
  it('talks to the real Redis and closes cleanly', async () => {
    const redis = createRedisConnection(testEndpoints.redisUrl);
    await redis.ping();
    const key = `test:${uniqueSuffix()}`;
    await redis.client.set(key, 'v', 'EX', 10);
    expect(await redis.client.get(key)).toBe('v');
    await redis.close();
    expect(redis.client.status).toBe('end');
  });

  it('fails a ping instead of hanging when Redis is unreachable', async () => {
    const redis = createRedisConnection('redis://127.0.0.1:1');
    await expect(redis.ping()).rejects.toThrow();
    await redis.close();
  });
});
