import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@switchboard/config';
import { Topics } from '@switchboard/contracts';
import { BUS, type Bus } from '@switchboard/infra-bus';
import { SQL_DATABASE, runMigrations, type SqlDatabase } from '@switchboard/infra-sql';
import { ChannelsRepository } from './channels/channels.repository';
import { DEMO_CHANNEL_TENANT, demoChannels } from './channels/demo-channels';
import { DEDUP_STORE, type DedupStore } from './dedup/dedup-store';
import { INGESTION_SETTINGS, type IngestionSettings } from './ingestion.options';
import { ingestionMigrations } from './ingestion.migrations';

/**
 * Before the app takes requests: tables up to date, the demo channels seeded (their secrets
 * refreshed from the configuration on every start), the topics created. Afterwards, the SQL
 * dedup store's expired ids are purged periodically (Redis expires its own).
 */
@Injectable()
export class IngestionBootstrap implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Ingestion');
  private purgeTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(BUS) private readonly bus: Bus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DEDUP_STORE) private readonly dedup: DedupStore,
    @Inject(INGESTION_SETTINGS) private readonly settings: IngestionSettings,
  ) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.db, ingestionMigrations);
    if (this.config.demo.seed) await this.seedDemoChannels();
    const topics = new Set<string>([...Object.values(Topics), this.settings.topics.channelEvents, this.settings.topics.outboundMessages]);
    await this.bus.ensureTopics([...topics]);
    if (this.dedup.kind === 'sql') this.startPurging();
  }

  onModuleDestroy(): void {
    clearInterval(this.purgeTimer);
  }

  private async seedDemoChannels(): Promise<void> {
    const repository = new ChannelsRepository(this.db);
    const seededAt = Date.now();
    const channels = demoChannels(this.config);
    // A millisecond apart, so the admin list shows them in the order they are declared.
    for (const [index, channel] of channels.entries()) {
      await repository.upsertSeeded({ ...channel, tenantId: DEMO_CHANNEL_TENANT, createdAt: new Date(seededAt + index) });
    }
    const defaulted = this.config.demoChannelSecrets.defaulted;
    this.logger.log({ tenantId: DEMO_CHANNEL_TENANT, channels: channels.map((channel) => channel.id) }, 'demo channels seeded');
    // Names only: the values are development defaults, but a log is no place for secrets of any kind.
    if (defaulted.length > 0) this.logger.warn({ defaulted }, 'demo channels use development default secrets');
  }

  private startPurging(): void {
    this.purgeTimer = setInterval(() => {
      this.dedup.purgeExpired().then(
        (purged) => purged > 0 && this.logger.debug({ purged }, 'expired dedup ids purged'),
        (error: unknown) => this.logger.warn({ err: error }, 'purging expired dedup ids failed; retrying next round'),
      );
    }, this.settings.dedupPurgeIntervalMs);
    this.purgeTimer.unref();
  }
}
