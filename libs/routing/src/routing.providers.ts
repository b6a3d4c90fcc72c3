import { Logger, type Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@switchboard/config';
import { newId } from '@switchboard/contracts';
import { BUS, type Bus } from '@switchboard/infra-bus';
import { EVENT_STORE, type EventStore } from '@switchboard/infra-event-store';
import { REDIS_CONNECTION, type RedisConnection } from '@switchboard/infra-redis';
import { SQL_DATABASE, type SqlDatabase } from '@switchboard/infra-sql';
import { ChannelArrivals } from './arrivals/channel-arrivals';
import { CatalogRepository } from './catalog/catalog.repository';
import { RoutingCatalog } from './catalog/routing-catalog';
import { RoutingEngine } from './engine/routing-engine';
import { RoutingFigures } from './engine/routing-figures';
import { RoutingExplainer } from './explaining/routing-explainer';
import { ArticlesRepository } from './knowledge-base/articles.repository';
import { KnowledgeBase } from './knowledge-base/knowledge-base';
import { RoutingRecorder } from './recording/routing-recorder';
import { createStoreAndBusSink } from './recording/store-and-bus-sink';
import { RoutingService } from './routing.facade';
import type { RoutingModuleOptions } from './routing.options';
import { ROUTING_ENGINE, ROUTING_OPTIONS, ROUTING_STATE } from './routing.tokens';
import { createMemoryRoutingState } from './state/memory/memory-routing-state';
import { createRedisRoutingState } from './state/redis/redis-routing-state';
import type { RoutingState } from './state/routing-state';
import { MessagingSelfService } from './self-service/messaging-self-service';

const logger = new Logger('Routing');

const clockOf = (options: RoutingModuleOptions) => options.clock ?? Date.now;

/** The routing library's providers; the state adapter is chosen by `APP_CONFIG.routingState.kind`. */
export function routingProviders(options: RoutingModuleOptions): Provider[] {
  return [
    { provide: ROUTING_OPTIONS, useValue: options },
    {
      provide: ROUTING_STATE,
      inject: [APP_CONFIG, REDIS_CONNECTION],
      useFactory: (config: AppConfig, redis: RedisConnection | null): RoutingState => {
        if (config.routingState.kind !== 'redis') return createMemoryRoutingState();
        if (!redis) throw new Error('ROUTING_STATE=redis needs the Redis connection (REDIS_URL)');
        return createRedisRoutingState(redis.client, { keyPrefix: options.redisKeyPrefix ?? 'sb:routing' });
      },
    },
    {
      provide: ROUTING_ENGINE,
      inject: [ROUTING_STATE, EVENT_STORE, BUS],
      useFactory: (state: RoutingState, store: EventStore, bus: Bus) => {
        const clock = clockOf(options);
        const recorder = new RoutingRecorder(
          createStoreAndBusSink(store, bus),
          { now: () => new Date(clock()), newId },
          (error) => logger.error({ err: error }, 'routing event listener failed'),
          (error) => logger.error({ err: error }, 'routing event could not be recorded'),
        );
        return new RoutingEngine({ state, recorder, clock, newId, policy: options.policy, onError: (error, what) => logger.error({ err: error }, `${what} failed`) });
      },
    },
    { provide: CatalogRepository, inject: [SQL_DATABASE], useFactory: (db: SqlDatabase) => new CatalogRepository(db) },
    { provide: ArticlesRepository, inject: [SQL_DATABASE], useFactory: (db: SqlDatabase) => new ArticlesRepository(db) },
    {
      provide: RoutingCatalog,
      inject: [CatalogRepository, ROUTING_STATE, ROUTING_ENGINE],
      useFactory: (repository: CatalogRepository, state: RoutingState, engine: RoutingEngine) => new RoutingCatalog(repository, state, clockOf(options), engine.catalogs),
    },
    { provide: KnowledgeBase, inject: [ArticlesRepository], useFactory: (articles: ArticlesRepository) => new KnowledgeBase(articles) },
    { provide: RoutingFigures, inject: [ROUTING_ENGINE], useFactory: (engine: RoutingEngine) => new RoutingFigures(engine) },
    { provide: RoutingExplainer, inject: [EVENT_STORE], useFactory: (store: EventStore) => new RoutingExplainer(store) },
    {
      provide: ChannelArrivals,
      inject: [RoutingService, KnowledgeBase, BUS],
      useFactory: (routing: RoutingService, knowledgeBase: KnowledgeBase, bus: Bus) =>
        new ChannelArrivals(routing, new MessagingSelfService({ routing, knowledgeBase, bus, now: () => new Date(clockOf(options)()) })),
    },
  ];
}
