import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Topics } from '@switchboard/contracts';
import { BUS, type Bus, type BusConsumer, type ConsumedMessage } from '@switchboard/infra-bus';
import { MetricsService } from '@switchboard/runtime';
import { TimelineDomainError } from '@switchboard/timeline-domain';
import type { Timeline } from '../create-timeline';
import { TIMELINE } from '../tokens';
import { DEFAULT_CONSUMERS, DEFAULT_ROUTING_CONSUMER_GROUP, TIMELINE_OPTIONS, type TimelineModuleOptions } from '../timeline.options';

/**
 * Consumes `switchboard.routing-events.v1` in the `timeline-routing` group: queued, offered,
 * assigned, transferred, wrapped up, abandoned, resolved by self-service, recorded in the
 * conversation each contact stands for. A refusal by the domain (assigning a conversation the
 * customer's quiet spell already closed) is logged and skipped; anything else is thrown, for the bus
 * to retry and then dead-letter. Logs carry ids, never content.
 */
@Injectable()
export class RoutingEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TimelineRouting');
  private consumers: BusConsumer[] = [];

  constructor(
    @Inject(BUS) private readonly bus: Bus,
    @Inject(TIMELINE) private readonly timeline: Timeline,
    @Inject(TIMELINE_OPTIONS) private readonly options: TimelineModuleOptions,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.consumeRoutingEvents === false) return;
    const handled = this.metrics.counter({ name: 'switchboard_timeline_routing_events_total', help: 'Routing events taken into conversations, by outcome', labelNames: ['outcome'] });
    const topic = this.options.routingEventsTopic ?? Topics.routingEvents;
    await this.bus.ensureTopics([topic]);
    for (let n = 0; n < (this.options.consumers ?? DEFAULT_CONSUMERS); n++) {
      this.consumers.push(
        await this.bus.subscribe({
          groupId: this.options.routingConsumerGroupId ?? DEFAULT_ROUTING_CONSUMER_GROUP,
          topics: [topic],
          handler: async (message) => handled.inc({ outcome: await this.take(message) }),
        }),
      );
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }

  private async take({ event }: ConsumedMessage): Promise<string> {
    try {
      const outcome = await this.timeline.contactActivity.handle(event);
      if (outcome.kind === 'ignored') this.logger.debug({ eventId: event.id, type: event.type, reason: outcome.reason }, 'routing event not kept');
      return outcome.kind;
    } catch (error) {
      if (!(error instanceof TimelineDomainError)) throw error;
      this.logger.warn({ eventId: event.id, type: event.type, tenantId: event.tenantId, code: error.code }, 'routing event refused by the timeline');
      return 'refused';
    }
  }
}
