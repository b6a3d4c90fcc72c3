// The ingestion's public surface: the module apps import, the ports and adapters they may pick,
// and the outbound event shapes producers of replies need (until they move to contracts).
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
export {
  OutboundEventTypes,
  type ReplyRequestedPayload,
  type MessageSentPayload,
  type MessageDeliveryFailedPayload,
} from './sending-replies/outbound-events';
