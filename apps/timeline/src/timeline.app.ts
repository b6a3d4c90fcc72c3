import { Module } from '@nestjs/common';
import type { AppConfig } from '@switchboard/config';
import { EventRelayModule } from '@switchboard/event-relay';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { RuntimeModule, type AppDefinition } from '@switchboard/runtime';
import { TimelineModule } from '@switchboard/timeline';

@Module({})
class TimelineAppModule {}

/** Consumes channel events, keeps customers and conversations in the event store and projects the timeline. */
export const timelineApp: AppDefinition = {
  name: 'timeline',
  requireDistributed: true,
  rootModule: (config: AppConfig, adapters) => ({
    module: TimelineAppModule,
    imports: [
      RuntimeModule.forRoot({ config, adapters, appName: 'timeline' }),
      EventRelayModule,
      // Its global guard authenticates the timeline API's callers.
      IdentityAccessModule.forRoot({
        jwtSecret: config.auth.jwtSecret,
        accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds,
        demo: { seed: false, password: '' },
      }),
      TimelineModule.forRoot({}),
    ],
  }),
};
