import { Module } from '@nestjs/common';
import type { AppConfig } from '@switchboard/config';
import { RuntimeModule, type AppDefinition } from '@switchboard/runtime';

@Module({})
class RealtimeModule {}

/** Holds the agents', supervisors' and chat customers' websockets. */
export const realtimeApp: AppDefinition = {
  name: 'realtime',
  requireDistributed: true,
  rootModule: (config: AppConfig, adapters) => ({
    module: RealtimeModule,
    imports: [RuntimeModule.forRoot({ config, adapters, appName: 'realtime' })],
  }),
};
