import { Logger, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_CONFIG, ConfigError, type AppConfig } from '@switchboard/config';
import { EVENT_STORE, type EventStore } from '@switchboard/infra-event-store';
import { SQL_DATABASE, type SqlDatabase } from '@switchboard/infra-sql';
import { CustomerAggregate } from './aggregates/customer-aggregate';
import { ConversationCommands } from './conversations/conversation-commands';
import { ConversationsController } from './conversations/conversations.controller';
import { createTimeline, type Timeline } from './create-timeline';
import { CustomerCommands } from './customers/customer-commands';
import { CustomerProfiles } from './customers/customer-profiles';
import { CustomerSearch } from './customers/customer-search';
import { CustomersController } from './customers/customers.controller';
import { TimelinePages } from './customers/timeline-pages';
import { TimelineErrorFilter } from './http/timeline-error.filter';
import { ContactLinks } from './contacts/contact-links';
import { RoutingEventsConsumer } from './contacts/routing-events.consumer';
import { ChannelEventsConsumer } from './intake/channel-events.consumer';
import { ProjectionLifecycle } from './projection/projection.lifecycle';
import { TIMELINE } from './tokens';
import { TIMELINE_OPTIONS, type TimelineModuleOptions } from './timeline.options';

/**
 * The master secret: given by the module's options (tests, tools), else TIMELINE_SECRET. Only the
 * embedded mode may go without one (it generates and keeps its own): in the distributed mode the
 * secret must not sit in the same database as the keys it protects.
 */
function secretOf(options: TimelineModuleOptions, config: AppConfig): { secret?: string } {
  const secret = options.secret ?? config.timeline.secret;
  if (secret !== undefined) return { secret };
  if (config.mode === 'distributed') throw new ConfigError(['TIMELINE_SECRET: required in the distributed mode by the services that keep the timeline']);
  return {};
}

/** A part of the wired timeline, provided under its class so controllers inject it by type. */
function part<T>(token: abstract new (...args: never[]) => T, pick: (timeline: Timeline) => T): Provider {
  return { provide: token, inject: [TIMELINE], useFactory: pick };
}

/**
 * Customers and their timeline: consumes channel events (group `timeline`), keeps customers and
 * conversations in the event store, runs the timeline projection, serves the customer and
 * conversation API. Needs SQL_DATABASE, EVENT_STORE, BUS, MetricsService and ReadinessRegistry
 * (RuntimeModule), and a global guard that puts `AccessClaims` on requests (IdentityAccessModule).
 */
@Module({})
export class TimelineModule {
  static forRoot(options: TimelineModuleOptions = {}): DynamicModule {
    const logger = new Logger('TimelineProjection');
    return {
      module: TimelineModule,
      controllers: [CustomersController, ConversationsController],
      providers: [
        { provide: TIMELINE_OPTIONS, useValue: options },
        {
          provide: TIMELINE,
          inject: [SQL_DATABASE, EVENT_STORE, APP_CONFIG],
          useFactory: (sql: SqlDatabase, eventStore: EventStore, config: AppConfig) =>
            createTimeline({
              sql,
              eventStore,
              ...secretOf(options, config),
              ...(options.messagingInactivityGapMs !== undefined ? { messagingInactivityGapMs: options.messagingInactivityGapMs } : {}),
              projection: { ...options.projection, onError: (error) => logger.error({ err: error }, 'timeline projection page failed; retrying') },
            }),
        },
        part(CustomerCommands, (timeline) => timeline.customerCommands),
        part(ConversationCommands, (timeline) => timeline.conversationCommands),
        part(CustomerProfiles, (timeline) => timeline.profiles),
        part(CustomerSearch, (timeline) => timeline.search),
        part(TimelinePages, (timeline) => timeline.pages),
        part(CustomerAggregate, (timeline) => timeline.customers),
        TimelineErrorFilter,
        part(ContactLinks, (timeline) => timeline.contacts),
        ChannelEventsConsumer,
        RoutingEventsConsumer,
        ProjectionLifecycle,
      ],
      exports: [TIMELINE, CustomerCommands, ConversationCommands],
    };
  }
}
