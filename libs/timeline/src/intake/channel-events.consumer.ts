import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Topics } from '@switchboard/contracts';
import { BUS, type Bus, type BusConsumer, type ConsumedMessage } from '@switchboard/infra-bus';
import { MetricsService } from '@switchboard/runtime';
import { TimelineDomainError, isContactActivityType } from '@switchboard/timeline-domain';
import type { Timeline } from '../create-timeline';
import { TIMELINE } from '../tokens';
import { DEFAULT_CONSUMER_GROUP, DEFAULT_CONSUMERS, TIMELINE_OPTIONS, type TimelineModuleOptions } from '../timeline.options';

/**
 * Consumes `switchboard.channel-events.v1` in the `timeline` group. The bus delivers at least once
 * and intake is idempotent, so a redelivery records nothing twice. A refusal by the domain (a report
 * of a call the conversation does not hold) is logged and skipped: retrying cannot change it. Any
 * other failure is thrown, for the bus to retry and then dead-letter. Logs carry ids, never content.
 */
@Injectable()
export class ChannelEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TimelineIntake');
  private consumers: BusConsumer[] = [];

  constructor(
    @Inject(BUS) private readonly bus: Bus,
    @Inject(TIMELINE) private readonly timeline: Timeline,
    @Inject(TIMELINE_OPTIONS) private readonly options: TimelineModuleOptions,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.consumeChannelEvents === false) return;
    const handled = this.metrics.counter({ name: 'switchboard_timeline_intake_total', help: 'Channel events taken into the timeline, by outcome', labelNames: ['outcome'] });
    const duration = this.metrics.histogram({
      name: 'switchboard_timeline_intake_duration_seconds',
      help: 'Time to take one channel event into the timeline (resolve, thread, record)',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    });
    const topic = this.options.channelEventsTopic ?? Topics.channelEvents;
    await this.bus.ensureTopics([topic]);
    for (let n = 0; n < (this.options.consumers ?? DEFAULT_CONSUMERS); n++) {
      this.consumers.push(
        await this.bus.subscribe({
          groupId: this.options.consumerGroupId ?? DEFAULT_CONSUMER_GROUP,
          topics: [topic],
          handler: async (message) => {
            const stop = duration.startTimer();
            handled.inc({ outcome: await this.take(message) });
            stop();
          },
        }),
      );
    }
  }

  // Before the adapters close, so the handler in flight can finish and commit.
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }

  private async take({ event }: ConsumedMessage): Promise<string> {
    try {
      // Agents' replies and notes travel with the customer's events (same key, same order).
      const outcome = isContactActivityType(event.type) ? await this.timeline.contactActivity.handle(event) : await this.timeline.intake.handle(event);
      if (outcome.kind === 'ignored') this.logger.debug({ eventId: event.id, type: event.type, reason: outcome.reason }, 'channel event not kept');
      return outcome.kind;
    } catch (error) {
      if (!(error instanceof TimelineDomainError)) throw error;
      this.logger.warn({ eventId: event.id, type: event.type, tenantId: event.tenantId, code: error.code }, 'channel event refused by the timeline');
      return 'refused';
    }
  }
}
