import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@switchboard/contracts';
import { BUS, type Bus, type BusConsumer } from '@switchboard/infra-bus';
import { SQL_DATABASE, runMigrations, type SqlDatabase } from '@switchboard/infra-sql';
import { MetricsService, ReadinessRegistry } from '@switchboard/runtime';
import { ChannelArrivals } from './arrivals/channel-arrivals';
import { RoutingCatalog } from './catalog/routing-catalog';
import { routingMigrations } from './catalog/routing.migrations';
import type { RoutingEngine } from './engine/routing-engine';
import type { RoutingModuleOptions } from './routing.options';
import { ROUTING_ENGINE, ROUTING_OPTIONS, ROUTING_STATE } from './routing.tokens';
import type { RoutingState } from './state/routing-state';

/**
 * Start and stop of routing: tables, filling the state from the saved configuration, the engine's
 * timer, the channel-events consumer (group `router`), readiness and metrics.
 */
@Injectable()
export class RoutingBootstrap implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Routing');
  private consumer: BusConsumer | null = null;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(ROUTING_STATE) private readonly state: RoutingState,
    @Inject(ROUTING_ENGINE) private readonly engine: RoutingEngine,
    @Inject(ROUTING_OPTIONS) private readonly options: RoutingModuleOptions,
    private readonly catalog: RoutingCatalog,
    private readonly arrivals: ChannelArrivals,
    private readonly readiness: ReadinessRegistry,
    private readonly metrics: MetricsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.db, routingMigrations);
    await this.catalog.syncState();
    this.readiness.register('routingState', async () => {
      await this.state.tenants();
      return { kind: this.state.kind };
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.countEvents();
    await this.bus.ensureTopics([Topics.routingEvents, Topics.channelEvents, Topics.outboundMessages]);
    if (this.options.runEngine !== false) this.engine.start();
    if (this.options.consumeChannelEvents !== false) {
      this.consumer = await this.bus.subscribe({
        groupId: 'router',
        topics: [Topics.channelEvents],
        handler: ({ event }) => this.arrivals.handle(event),
      });
    }
    this.logger.log({ state: this.state.kind }, 'routing started');
  }

  // Before the adapters close: the last pass may still record events.
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.engine.stop();
  }

  private countEvents(): void {
    const events = this.metrics.counter({ name: 'switchboard_routing_events_total', help: 'Routing events recorded by this process', labelNames: ['type'] });
    this.engine.recorder.addListener((event) => events.inc({ type: event.type }));
  }
}
