import { Module } from '@nestjs/common';
import type { AppConfig } from '@switchboard/config';
import { EventRelayModule } from '@switchboard/event-relay';
import { RuntimeModule, type AppDefinition } from '@switchboard/runtime';

@Module({})
class TimelineModule {}

/** Consumes channel events, keeps customers and conversations in the event store and projects the timeline. */
export const timelineApp: AppDefinition = {
  name: 'timeline',
  requireDistributed: true,
  rootModule: (config: AppConfig, adapters) => ({
    module: TimelineModule,
    imports: [RuntimeModule.forRoot({ config, adapters, appName: 'timeline' }), EventRelayModule],
  }),
};
