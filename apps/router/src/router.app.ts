import { Module } from '@nestjs/common';
import type { AppConfig } from '@switchboard/config';
import { RoutingModule } from '@switchboard/routing';
import { RuntimeModule, type AppDefinition } from '@switchboard/runtime';

@Module({})
class RouterModule {}

/** Matches waiting contacts to agents; routing state lives in Redis. */
export const routerApp: AppDefinition = {
  name: 'router',
  requireDistributed: true,
  rootModule: (config: AppConfig, adapters) => ({
    module: RouterModule,
    imports: [RuntimeModule.forRoot({ config, adapters, appName: 'router' }), RoutingModule.forRoot({ http: false })],
  }),
};
