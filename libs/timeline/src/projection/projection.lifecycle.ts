import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { MetricsService, ReadinessRegistry } from '@switchboard/runtime';
import type { Timeline } from '../create-timeline';
import { TIMELINE } from '../tokens';
import { DEFAULT_MAX_PROJECTION_LAG, TIMELINE_OPTIONS, type TimelineModuleOptions } from '../timeline.options';

/**
 * Runs the timeline projection in this process and reports how far behind the store it is: the
 * `switchboard_timeline_projection_lag_events` gauge (head position − checkpoint, measured at each
 * scrape) and the `timelineProjection` readiness check, down beyond `maxProjectionLagEvents`.
 */
@Injectable()
export class ProjectionLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TimelineProjection');

  constructor(
    @Inject(TIMELINE) private readonly timeline: Timeline,
    @Inject(TIMELINE_OPTIONS) private readonly options: TimelineModuleOptions,
    private readonly metrics: MetricsService,
    private readonly readiness: ReadinessRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { runner } = this.timeline;
    const maxLag = this.options.maxProjectionLagEvents ?? DEFAULT_MAX_PROJECTION_LAG;
    this.metrics.gauge({
      name: 'switchboard_timeline_projection_lag_events',
      help: 'Events in the store the timeline projection has not applied yet (head position minus checkpoint)',
      async collect() {
        this.set(await runner.lag());
      },
    });
    this.readiness.register('timelineProjection', async () => {
      const lag = await runner.lag();
      if (lag > maxLag) throw new Error(`the timeline projection is ${lag} events behind the store (more than ${maxLag})`);
      return { lagEvents: lag, maxLagEvents: maxLag };
    });
    if (this.timeline.secretGenerated) this.logger.warn('no timeline secret configured: using one generated and stored in the database');
    if (this.options.runProjection === false) return;
    await runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.timeline.runner.stop();
  }
}
