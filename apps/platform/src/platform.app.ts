import { Module } from '@nestjs/common';
import type { AppConfig } from '@switchboard/config';
import { DEMO_USERS, IdentityAccessModule } from '@switchboard/identity-access';
import { EventRelayModule } from '@switchboard/event-relay';
import { RoutingModule } from '@switchboard/routing';
import { RealtimeModule, createRealtimeIoAdapter } from '@switchboard/realtime';
import { IngestionModule } from '@switchboard/ingestion';
import { TimelineModule } from '@switchboard/timeline';
import { RuntimeModule, type AppDefinition, type RunningApp } from '@switchboard/runtime';
import { serveConsole } from './serve-console';

@Module({})
class PlatformModule {}

function banner({ url, config }: RunningApp): void {
  const lines = [
    '',
    `  Switchboard is running (${config.mode} mode) at ${url}`,
    `  Console:    ${url}/  (try a conversation as a customer at ${url}/widget-demo)`,
    `  API docs:   ${url}/api/docs`,
    `  Readiness:  ${url}/health/ready`,
  ];
  if (config.demo.seed) {
    lines.push(
      '',
      `  Log in to the demo tenant with password "${config.demo.password}" (set DEMO_PASSWORD to change it):`,
      ...DEMO_USERS.map((user) => `    ${user.role.padEnd(10)} ${user.email}`),
      '',
      `  e.g. curl -s -X POST ${url}/api/auth/login -H 'content-type: application/json' \\`,
      `         -d '{"email":"admin@demo.test","password":"${config.demo.password}"}'`,
    );
  }
  if (config.auth.jwtSecretGenerated) lines.push('', '  JWT_SECRET is not set: a random one was made for this run (sessions end on restart).');
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

/** The embedded default: every module in one process. */
export const platformApp: AppDefinition = {
  name: 'platform',
  rootModule: (config: AppConfig, adapters) => ({
    module: PlatformModule,
    imports: [
      RuntimeModule.forRoot({ config, adapters, appName: 'platform' }),
      EventRelayModule,
      IdentityAccessModule.forRoot({
        jwtSecret: config.auth.jwtSecret,
        accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds,
        demo: config.demo,
      }),
      IngestionModule.forRoot(),
      TimelineModule.forRoot({}),
      RoutingModule.forRoot(),
      RealtimeModule.forRoot(),
    ],
  }),
  configure: (app, { adapters }) => {
    app.useWebSocketAdapter(createRealtimeIoAdapter(app, { redis: adapters.redis }));
    serveConsole(app);
  },
  onListening: banner,
};
