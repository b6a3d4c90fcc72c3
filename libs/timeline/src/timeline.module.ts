import { Logger, Module, type DynamicModule, type Provider } from '@nestjs/common';
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
import { ChannelEventsConsumer } from './intake/channel-events.consumer';
import { ProjectionLifecycle } from './projection/projection.lifecycle';
import { TIMELINE } from './tokens';
import { TIMELINE_OPTIONS, type TimelineModuleOptions } from './timeline.options';

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
          inject: [SQL_DATABASE, EVENT_STORE],
          useFactory: (sql: SqlDatabase, eventStore: EventStore) =>
            createTimeline({
              sql,
              eventStore,
              ...(options.secret !== undefined ? { secret: options.secret } : {}),
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
        ChannelEventsConsumer,
        ProjectionLifecycle,
      ],
      exports: [TIMELINE, CustomerCommands, ConversationCommands],
    };
  }
}
