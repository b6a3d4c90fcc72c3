import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@switchboard/config';
import { BUS } from '@switchboard/infra-bus';
import { EVENT_STORE } from '@switchboard/infra-event-store';
import { REDIS_CONNECTION } from '@switchboard/infra-redis';
import { SQL_DATABASE } from '@switchboard/infra-sql';
import { closeAdapters, type Adapters } from './create-adapters';
import { ADAPTERS } from './tokens';

class AdaptersCloser implements OnApplicationShutdown {
  constructor(@Inject(ADAPTERS) private readonly adapters: Adapters) {}

  async onApplicationShutdown(): Promise<void> {
    await closeAdapters(this.adapters);
  }
}

/**
 * Provides the configuration and the opened adapters under their port tokens, to every module.
 * The adapters are opened before Nest starts (see `bootstrapApp`) so that a store that cannot be
 * reached fails the start with a clear message instead of a half-started app.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig, adapters: Adapters): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: ADAPTERS, useValue: adapters },
      { provide: SQL_DATABASE, useValue: adapters.sql },
      { provide: EVENT_STORE, useValue: adapters.eventStore },
      { provide: BUS, useValue: adapters.bus },
      { provide: REDIS_CONNECTION, useValue: adapters.redis },
      AdaptersCloser,
    ];
    return {
      module: InfrastructureModule,
      providers,
      exports: [APP_CONFIG, ADAPTERS, SQL_DATABASE, EVENT_STORE, BUS, REDIS_CONNECTION],
    };
  }
}
