import { Module } from '@nestjs/common';
import type { AppConfig } from '@switchboard/config';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { RoutingModule } from '@switchboard/routing';
import { IngestionModule } from '@switchboard/ingestion';
import { RuntimeModule, type AppDefinition } from '@switchboard/runtime';

@Module({})
class GatewayModule {}

/** The HTTP edge of the distributed mode: authentication and the REST API; channel webhooks join it. */
export const gatewayApp: AppDefinition = {
  name: 'gateway',
  requireDistributed: true,
  rootModule: (config: AppConfig, adapters) => ({
    module: GatewayModule,
    imports: [
      RuntimeModule.forRoot({ config, adapters, appName: 'gateway' }),
      IdentityAccessModule.forRoot({
        jwtSecret: config.auth.jwtSecret,
        accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds,
        demo: config.demo,
      }),
      // Webhooks, the channels API and the reply senders.
      IngestionModule.forRoot(),
      // The routing admin API; matching itself runs in the router service.
      RoutingModule.forRoot({ runEngine: false, consumeChannelEvents: false }),
    ],
  }),
};
