import Redis from 'ioredis';

export interface RedisConnection {
  readonly client: Redis;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Dependency-injection token for the process's {@link RedisConnection} (absent in the embedded mode). */
export const REDIS_CONNECTION = 'switchboard:RedisConnection';

export function createRedisConnection(url: string): RedisConnection {
  const client = new Redis(url, {
    // Commands fail after one reconnect attempt instead of piling up while Redis is down.
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // ioredis emits 'error' on every failed reconnect; without a listener node prints noise or crashes.
  client.on('error', () => undefined);
  return {
    client,
    async ping() {
      const answer = await client.ping();
      if (answer !== 'PONG') throw new Error(`unexpected PING answer: ${answer}`);
    },
    async close() {
      if (client.status === 'end') return;
      if (client.status !== 'ready') {
        client.disconnect(); // not connected: nothing to flush, stop reconnecting now
        return;
      }
      const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
      await client.quit().catch(() => client.disconnect());
      await ended;
    },
  };
}
