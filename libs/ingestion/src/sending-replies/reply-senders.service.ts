import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { BUS, type Bus, type BusConsumer } from '@switchboard/infra-bus';
import { INGESTION_SETTINGS, type IngestionSettings } from '../ingestion.options';
import { IngestionMetrics } from '../ingestion.metrics';
import { ReplyRequestHandler } from './reply-request-handler';

/**
 * The `outbound-senders` consumer group: every reply request on the outbound topic goes through
 * {@link ReplyRequestHandler}. Bus-level retries cover a reply another sender holds, spaced out so
 * that a claim left by a crashed sender has expired before they run out.
 */
@Injectable()
export class ReplySendersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Replies');
  private consumer: BusConsumer | null = null;

  constructor(
    @Inject(BUS) private readonly bus: Bus,
    @Inject(ReplyRequestHandler) private readonly handler: ReplyRequestHandler,
    @Inject(INGESTION_SETTINGS) private readonly settings: IngestionSettings,
    private readonly metrics: IngestionMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumer = await this.bus.subscribe({
      groupId: this.settings.outboundGroupId,
      topics: [this.settings.topics.outboundMessages],
      retry: { maxAttempts: 8, initialBackoffMs: 1000 },
      handler: async (message) => {
        const { outcome, result, kind } = await this.handler.handle(message.event);
        if (outcome === 'ignored') return;
        this.metrics.replies.inc({ kind: kind ?? 'unknown', outcome });
        const context = { replyId: message.event.id, tenantId: message.event.tenantId, kind, outcome };
        if (outcome === 'invalid') this.logger.warn(context, 'reply request is invalid; skipped');
        else if (result && !result.ok) this.logger.warn({ ...context, code: result.code, retriable: result.retriable, attempts: result.attempts }, 'reply not delivered');
        else this.logger.log({ ...context, attempts: result?.attempts }, 'reply handled');
      },
    });
  }

  // Before the adapters close, so the reply being sent can still record its outcome.
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = null;
  }
}
