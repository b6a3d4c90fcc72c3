import { Injectable, Logger } from '@nestjs/common';
import { IngestionMetrics } from '../ingestion.metrics';
import type { WebhookAnswer } from './webhook-answer';

/**
 * Counts every webhook and logs the ones worth knowing: refusals (signature failures above all)
 * and outages. Channel id, kind, status and the library's safe reason only: no headers, no body.
 */
@Injectable()
export class WebhookObserver {
  private readonly logger = new Logger('Webhooks');

  constructor(private readonly metrics: IngestionMetrics) {}

  answered(channelId: string, answer: WebhookAnswer): void {
    this.metrics.webhooks.inc({ kind: answer.kind, outcome: answer.outcome });
    if (answer.published > 0) this.metrics.publishedEvents.inc({ kind: answer.kind }, answer.published);
    const context = { channelId, kind: answer.kind, outcome: answer.outcome, status: answer.status };
    if (answer.dedupFailure !== undefined) {
      this.metrics.dedupFailures.inc({ operation: 'webhook' });
      this.logger.warn({ ...context, err: answer.dedupFailure }, 'dedup store failed; webhook accepted at least once');
    }
    // Unknown channels are what scanners hit: counted, but not worth a line each.
    if (answer.outcome === 'rejected_channel_not_found') this.logger.debug(context, 'webhook for an unknown channel');
    else if (answer.outcome.startsWith('rejected_')) this.logger.warn({ ...context, reason: answer.reason }, 'webhook refused');
    else if (answer.status >= 500) this.logger.warn({ ...context, reason: answer.reason }, 'webhook not accepted; the provider will retry');
  }

  failed(channelId: string, error: unknown): void {
    this.metrics.webhooks.inc({ kind: 'unknown', outcome: 'error' });
    this.logger.error({ channelId, err: error }, 'webhook failed');
  }
}
