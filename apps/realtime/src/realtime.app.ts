import { Module } from '@nestjs/common';
import type { AppConfig } from '@switchboard/config';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { RealtimeModule, createRealtimeIoAdapter } from '@switchboard/realtime';
import { RoutingModule } from '@switchboard/routing';
import { RuntimeModule, type AppDefinition } from '@switchboard/runtime';

@Module({})
class RealtimeServiceModule {}

/** Holds the agents', supervisors' and chat customers' websockets; offers arrive from the routers over the bus. */
export const realtimeApp: AppDefinition = {
  name: 'realtime',
  requireDistributed: true,
  rootModule: (config: AppConfig, adapters) => ({
    module: RealtimeServiceModule,
    imports: [
      RuntimeModule.forRoot({ config, adapters, appName: 'realtime' }),
      IdentityAccessModule.forRoot({
        jwtSecret: config.auth.jwtSecret,
        accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds,
        demo: config.demo,
      }),
      RoutingModule.forRoot({ runEngine: false, consumeChannelEvents: false, http: false }),
      RealtimeModule.forRoot({ routingEvents: 'bus' }),
    ],
  }),
  // Rooms are shared between realtime instances through Redis (ROUTING_STATE=redis opens it).
  configure: (app, { adapters }) => {
    app.useWebSocketAdapter(createRealtimeIoAdapter(app, { redis: adapters.redis }));
  },
};
