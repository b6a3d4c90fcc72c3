/**
 * The realtime process under test for `bench/realtime.ts`, forked by it: the embedded composition
 * (PGlite in memory, in-process bus, routing state in memory) with the realtime namespaces, and a
 * feeder that enqueues chat contacts at a steady rate when the parent asks. Talks to the parent
 * over IPC: `{ listening: url }`, then answers `stats` and `feed` messages.
 */
import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@switchboard/config';
import { newId } from '@switchboard/contracts';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { createInProcessBus } from '@switchboard/infra-bus';
import { createSqlEventStore } from '@switchboard/infra-event-store';
import { createPgliteDatabase } from '@switchboard/infra-sql';
import { createRealtimeIoAdapter, RealtimeModule, RealtimeServers } from '@switchboard/realtime';
import { RoutingModule, RoutingService } from '@switchboard/routing';
import { RuntimeModule } from '@switchboard/runtime';

export const BENCH_JWT_SECRET = process.env['BENCH_JWT_SECRET'] ?? 'bench-secret-'.repeat(4);
export const BENCH_TENANT = 'bench';

export type ServerRequest = { readonly kind: 'stats' } | { readonly kind: 'feed'; readonly rate: number; readonly seconds: number };
export type ServerMessage =
  | { readonly kind: 'listening'; readonly url: string }
  | { readonly kind: 'stats'; readonly rssMb: number; readonly heapMb: number; readonly loopLagP99Ms: number; readonly agentSockets: number; readonly enqueued: number }
  | { readonly kind: 'fed'; readonly enqueued: number };

@Module({})
class BenchRealtimeModule {}

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent', JWT_SECRET: BENCH_JWT_SECRET });
  const sql = await createPgliteDatabase();
  const adapters = { sql, eventStore: await createSqlEventStore(sql), bus: createInProcessBus(), redis: null };
  const app = await NestFactory.create<NestExpressApplication>(
    {
      module: BenchRealtimeModule,
      imports: [
        RuntimeModule.forRoot({ config, adapters, appName: 'realtime-bench' }),
        IdentityAccessModule.forRoot({ jwtSecret: BENCH_JWT_SECRET, accessTokenTtlSeconds: 3600, demo: { seed: false, password: 'unused-password' } }),
        RoutingModule.forRoot({ http: false, consumeChannelEvents: false }),
        RealtimeModule.forRoot(),
      ],
    },
    { logger: false },
  );
  app.useWebSocketAdapter(createRealtimeIoAdapter(app, { redis: null }));
  await app.listen(0, '127.0.0.1');
  const routing = app.get(RoutingService);
  const servers = app.get(RealtimeServers);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let enqueued = 0;
  const send = (message: ServerMessage) => process.send?.(message);

  process.on('message', (request: ServerRequest) => {
    if (request.kind === 'stats') {
      const memory = process.memoryUsage();
      send({
        kind: 'stats',
        rssMb: Math.round(memory.rss / 2 ** 20),
        heapMb: Math.round(memory.heapUsed / 2 ** 20),
        loopLagP99Ms: Math.round(lag.percentile(99) / 1e4) / 100,
        agentSockets: servers.agent?.sockets.size ?? 0,
        enqueued,
      });
      lag.reset();
      return;
    }
    // Contacts arrive at a steady rate, as customers would; the agents' sockets accept them.
    const started = Date.now();
    const total = Math.round(request.rate * request.seconds);
    const feeder = setInterval(() => {
      const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * request.rate));
      for (; enqueued < due; enqueued += 1) {
        routing.enqueueContact({ tenantId: BENCH_TENANT, conversationId: newId(), sourceChannel: 'chat', selfService: false }).catch(() => undefined);
      }
      if (enqueued >= total) {
        clearInterval(feeder);
        send({ kind: 'fed', enqueued });
      }
    }, 10);
  });
  process.on('disconnect', () => void app.close().then(() => process.exit(0)));
  send({ kind: 'listening', url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`realtime bench server failed: ${String(error)}\n`);
    process.exit(1);
  });
}
