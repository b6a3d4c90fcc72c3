import { Global, Inject, Module, type DynamicModule, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { AppConfig } from '@switchboard/config';
import { HealthController } from './health/health.controller';
import { ReadinessRegistry } from './health/readiness-registry';
import type { Adapters } from './infrastructure/create-adapters';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { ADAPTERS } from './infrastructure/tokens';
import { structuredLoggerModule } from './logging/logger.module';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';

class AdapterReadiness implements OnModuleInit {
  constructor(
    @Inject(ADAPTERS) private readonly adapters: Adapters,
    private readonly registry: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    const { sql, eventStore, bus, redis } = this.adapters;
    this.registry.register('database', async () => {
      await sql.ping();
      return { kind: sql.kind };
    });
    this.registry.register('eventStore', async () => {
      await eventStore.ping();
      return { kind: eventStore.kind };
    });
    this.registry.register('bus', async () => {
      await bus.ping();
      return { kind: bus.kind };
    });
    if (redis) {
      this.registry.register('redis', async () => {
        await redis.ping();
      });
    }
  }
}

/** Everything a Switchboard process has whatever its features: config, adapters, logs, metrics, health. */
@Global()
@Module({})
export class RuntimeModule implements NestModule {
  static forRoot(options: { config: AppConfig; adapters: Adapters; appName: string }): DynamicModule {
    return {
      module: RuntimeModule,
      imports: [
        InfrastructureModule.forRoot(options.config, options.adapters),
        structuredLoggerModule(options.config, options.appName),
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [ReadinessRegistry, MetricsService, AdapterReadiness],
      exports: [ReadinessRegistry, MetricsService, InfrastructureModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
