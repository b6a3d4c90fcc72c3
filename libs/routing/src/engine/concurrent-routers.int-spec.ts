import { createRedisConnection, type RedisConnection } from '@switchboard/infra-redis';
import { describeWithServices, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import { createRedisRoutingState } from '../state/redis/redis-routing-state';
import { checkConcurrentRouters, expectEveryPathExercised } from '../testing/concurrent-routers.property';

const ROUTERS = 3;

describeWithServices(['redis'], 'several routers on the real Redis (property)', () => {
  const connections: RedisConnection[] = [];

  beforeAll(() => {
    // One connection per router instance plus one for the checks, as separate processes would have.
    for (let i = 0; i <= ROUTERS; i += 1) connections.push(createRedisConnection(testEndpoints.redisUrl));
  });

  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
  });

  it('never assigns a contact twice nor fills an agent beyond capacity, whatever happens', async () => {
    const seen = await checkConcurrentRouters(
      async () => {
        const keyPrefix = `test:routing-prop:${uniqueSuffix()}`;
        const states = connections.map((connection) => createRedisRoutingState(connection.client, { keyPrefix }));
        const reader = states[ROUTERS];
        if (!reader) throw new Error('no reader connection');
        return {
          states: states.slice(0, ROUTERS),
          reader,
          cleanup: async () => {
            const client = connections[ROUTERS]?.client;
            const keys = client ? await client.keys(`${keyPrefix}:*`) : [];
            if (client && keys.length > 0) await client.del(...keys);
          },
        };
      },
      { routers: ROUTERS, numRuns: 150, maxBatches: 40 },
    );
    expectEveryPathExercised(seen);
    if (process.env['SB_SHOW_PROPERTY_COUNTS']) process.stdout.write(`${JSON.stringify([...seen])}\n`);
  }, 120_000);
});
