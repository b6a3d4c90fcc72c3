// The gateway under test, in a process of its own so the load generator does not share its CPU:
// the real bootstrap (startApp) composing runtime + identity-access + ingestion, as the gateway does.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { IngestionModule } from '@switchboard/ingestion';
import { RuntimeModule, startApp, type AppDefinition } from '@switchboard/runtime';

@Module({})
class BenchGatewayModule {}

const topic = process.env['BENCH_TOPIC'] ?? 'bench.channel-events';

const definition: AppDefinition = {
  name: 'bench-gateway',
  rootModule: (config, adapters) => ({
    module: BenchGatewayModule,
    imports: [
      RuntimeModule.forRoot({ config, adapters, appName: 'bench-gateway' }),
      IdentityAccessModule.forRoot({ jwtSecret: config.auth.jwtSecret, accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds, demo: config.demo }),
      IngestionModule.forRoot({ topics: { channelEvents: topic, outboundMessages: `${topic}.outbound` }, outbound: false }),
    ],
  }),
};

async function main(): Promise<void> {
  const running = await startApp(definition, { port: 0 });
  process.send?.({ kind: 'listening', url: running.url, dedup: running.adapters.redis ? 'redis' : 'sql', database: running.config.database.kind });
  process.on('message', (message: { kind?: string }) => {
    if (message.kind !== 'stop') return;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
