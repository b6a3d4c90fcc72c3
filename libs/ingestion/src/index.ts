// The ingestion's public surface: the module apps import, and the ports and adapters they may pick.
// The outbound events it consumes and records are contracts (`@switchboard/contracts`, events/outbound).
export { IngestionModule } from './ingestion.module';
export type { IngestionOptions } from './ingestion.options';
export { ingestionMigrations } from './ingestion.migrations';
export { WebhookReceiver } from './receiving-webhooks/webhook-receiver';
export type { WebhookAnswer, WebhookOutcome } from './receiving-webhooks/webhook-answer';
export { DEDUP_STORE, type ClaimOutcome, type DedupStore } from './dedup/dedup-store';
export { createRedisDedupStore } from './dedup/redis/redis-dedup-store';
export { createSqlDedupStore } from './dedup/sql/sql-dedup-store';
export { createMemoryDedupStore } from './dedup/memory/memory-dedup-store';
export { ChannelSecretNames } from './channels/channel-secrets';
export { DEMO_CHANNEL_TENANT, demoChannels } from './channels/demo-channels';
export { webhookUrlFor } from './channels/channel-record';
