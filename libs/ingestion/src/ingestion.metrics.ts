import { Injectable } from '@nestjs/common';
import { MetricsService } from '@switchboard/runtime';
import type { Counter } from 'prom-client';

/** The ingestion's own Prometheus series, registered once per app. */
@Injectable()
export class IngestionMetrics {
  /** Every webhook by channel kind and outcome: accepted, duplicate, rejected_<code>, unavailable, ... */
  readonly webhooks: Counter<'kind' | 'outcome'>;
  readonly publishedEvents: Counter<'kind'>;
  readonly dedupFailures: Counter<'operation'>;
  /** Every reply request by channel kind and outcome: sent, failed, already-sent, invalid. */
  readonly replies: Counter<'kind' | 'outcome'>;
  readonly providerRetries: Counter<'kind'>;

  constructor(metrics: MetricsService) {
    this.webhooks = metrics.counter({ name: 'switchboard_webhooks_total', help: 'Channel webhooks answered, by kind and outcome', labelNames: ['kind', 'outcome'] });
    this.publishedEvents = metrics.counter({ name: 'switchboard_webhook_events_published_total', help: 'Channel events published from webhooks', labelNames: ['kind'] });
    this.dedupFailures = metrics.counter({
      name: 'switchboard_webhook_dedup_failures_total',
      help: 'Deduplication store errors (the webhook was still accepted, at least once)',
      labelNames: ['operation'],
    });
    this.replies = metrics.counter({ name: 'switchboard_replies_total', help: 'Outbound reply requests, by channel kind and outcome', labelNames: ['kind', 'outcome'] });
    this.providerRetries = metrics.counter({ name: 'switchboard_reply_provider_retries_total', help: 'Provider API calls retried while sending replies', labelNames: ['kind'] });
  }
}
