import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { systemEnvelopeContext } from '@switchboard/contracts';
import { BUS, type Bus } from '@switchboard/infra-bus';
import { REDIS_CONNECTION, type RedisConnection } from '@switchboard/infra-redis';
import { SQL_DATABASE, type SqlDatabase } from '@switchboard/infra-sql';
import { ChannelDirectory } from './channels/channel-directory';
import { ChannelsRepository } from './channels/channels.repository';
import { DEDUP_STORE, type DedupStore } from './dedup/dedup-store';
import { createRedisDedupStore } from './dedup/redis/redis-dedup-store';
import { createSqlDedupStore } from './dedup/sql/sql-dedup-store';
import { IngestionBootstrap } from './ingestion.bootstrap';
import { IngestionMetrics } from './ingestion.metrics';
import { INGESTION_SETTINGS, resolveIngestionOptions, type IngestionOptions, type IngestionSettings } from './ingestion.options';
import { ChannelsController } from './managing-channels/channels.controller';
import { ChannelsService } from './managing-channels/channels.service';
import { createChannelHandlers } from './receiving-webhooks/channel-handlers';
import { WebhookObserver } from './receiving-webhooks/webhook-observer';
import { WebhookReceiver } from './receiving-webhooks/webhook-receiver';
import { WebhooksController } from './receiving-webhooks/webhooks.controller';
import { ReplyRequestHandler } from './sending-replies/reply-request-handler';
import { ReplySender } from './sending-replies/reply-sender';
import { ReplySendersService } from './sending-replies/reply-senders.service';
import { systemSendClock } from './sending-replies/retry-settings';

// Above the bus's publish deadline (8 s), so a claim never lapses while its publish may still land.
const WEBHOOK_CLAIM_TTL_MS = 30_000;
// Above a reply's longest send, below the bus's retry span for a reply another sender holds (~2 min).
const REPLY_CLAIM_TTL_MS = 90_000;

/**
 * Channels: the registry and its admin API, the webhook endpoint, deduplication and the reply
 * senders. Needs what RuntimeModule provides globally (APP_CONFIG, SQL_DATABASE, BUS,
 * REDIS_CONNECTION, MetricsService) and IdentityAccessModule's guards. Wires only: the work is
 * done by the plain classes it constructs.
 */
@Module({})
export class IngestionModule {
  static forRoot(options: IngestionOptions = {}): DynamicModule {
    const settings = resolveIngestionOptions(options);
    const providers: Provider[] = [
      { provide: INGESTION_SETTINGS, useValue: settings },
      { provide: ChannelsRepository, useFactory: (db: SqlDatabase) => new ChannelsRepository(db), inject: [SQL_DATABASE] },
      {
        provide: ChannelDirectory,
        useFactory: (repository: ChannelsRepository) => new ChannelDirectory(repository, { ttlMs: settings.channelCacheTtlMs, maxEntries: 10_000 }),
        inject: [ChannelsRepository],
      },
      {
        provide: DEDUP_STORE,
        // Redis when the deployment has it (distributed mode), the SQL store otherwise (embedded).
        useFactory: (redis: RedisConnection | null, db: SqlDatabase): DedupStore => (redis ? createRedisDedupStore(redis.client) : createSqlDedupStore(db)),
        inject: [REDIS_CONNECTION, SQL_DATABASE],
      },
      IngestionMetrics,
      IngestionBootstrap,
      ...(settings.webhooks ? webhookProviders(settings) : []),
      ...(settings.channelsApi ? [ChannelsService] : []),
      ...(settings.outbound ? outboundProviders(settings) : []),
    ];
    return {
      module: IngestionModule,
      controllers: [...(settings.webhooks ? [WebhooksController] : []), ...(settings.channelsApi ? [ChannelsController] : [])],
      providers,
      exports: [DEDUP_STORE, ChannelsRepository, ...(settings.webhooks ? [WebhookReceiver] : [])],
    };
  }
}

function webhookProviders(settings: IngestionSettings): Provider[] {
  return [
    WebhookObserver,
    {
      provide: WebhookReceiver,
      useFactory: (channels: ChannelDirectory, dedup: DedupStore, bus: Bus) =>
        new WebhookReceiver({
          channels,
          handlers: createChannelHandlers(),
          dedup,
          bus,
          topic: settings.topics.channelEvents,
          envelopes: systemEnvelopeContext,
          dedupTtlMs: settings.dedupTtlMs,
          claimTtlMs: WEBHOOK_CLAIM_TTL_MS,
          retryAfterSeconds: settings.retryAfterSeconds,
        }),
      inject: [ChannelDirectory, DEDUP_STORE, BUS],
    },
  ];
}

function outboundProviders(settings: IngestionSettings): Provider[] {
  return [
    {
      provide: ReplyRequestHandler,
      useFactory: (channels: ChannelsRepository, dedup: DedupStore, bus: Bus, metrics: IngestionMetrics) => {
        const sender = new ReplySender({
          http: { fetch, clock: systemSendClock, retry: settings.sendRetry, onRetry: ({ kind }) => metrics.providerRetries.inc({ kind }) },
          smtp: { clock: systemSendClock, retry: settings.sendRetry },
          allowApiBaseUrl: settings.allowApiBaseUrl,
        });
        return new ReplyRequestHandler({
          channels,
          sender,
          dedup,
          bus,
          topic: settings.topics.channelEvents,
          envelopes: systemEnvelopeContext,
          dedupTtlMs: settings.dedupTtlMs,
          claimTtlMs: REPLY_CLAIM_TTL_MS,
        });
      },
      inject: [ChannelsRepository, DEDUP_STORE, BUS, IngestionMetrics],
    },
    ReplySendersService,
  ];
}
