import { Topics } from '@switchboard/contracts';
import { defaultSendRetrySettings, type SendRetrySettings } from './sending-replies/retry-settings';

/** What an app chooses when it imports `IngestionModule.forRoot()`; everything has a default. */
export interface IngestionOptions {
  /** Serve `POST`/`GET /webhooks/:channelId` (gateway, platform). Default true. */
  readonly webhooks?: boolean;
  /** Serve the admin API `/api/channels`. Default true. */
  readonly channelsApi?: boolean;
  /** Consume `Topics.outboundMessages` and send replies. Default true. */
  readonly outbound?: boolean;
  /** Topic names; tests use their own, apps keep the defaults (`Topics`). */
  readonly topics?: { readonly channelEvents?: string; readonly outboundMessages?: string };
  /** Consumer group of the reply senders. Default `outbound-senders`. */
  readonly outboundGroupId?: string;
  /** How long a published provider event id is remembered. Default 24 h (the minimum). */
  readonly dedupTtlMs?: number;
  /** How long the webhook path reuses a looked-up channel. Default 5 s. */
  readonly channelCacheTtlMs?: number;
  /** How often the SQL dedup store deletes expired ids (embedded mode). Default 10 min. */
  readonly dedupPurgeIntervalMs?: number;
  /** Told to providers with each 503. Default 5 s. */
  readonly retryAfterSeconds?: number;
  readonly sendRetry?: SendRetrySettings;
  /** Honour channels' `apiBaseUrl` setting for provider calls. Default true; see the README on SSRF. */
  readonly allowApiBaseUrl?: boolean;
}

export type IngestionSettings = Required<Omit<IngestionOptions, 'topics'>> & {
  readonly topics: { readonly channelEvents: string; readonly outboundMessages: string };
};

const DAY_MS = 24 * 3600 * 1000;

export function resolveIngestionOptions(options: IngestionOptions = {}): IngestionSettings {
  return {
    webhooks: options.webhooks ?? true,
    channelsApi: options.channelsApi ?? true,
    outbound: options.outbound ?? true,
    topics: {
      channelEvents: options.topics?.channelEvents ?? Topics.channelEvents,
      outboundMessages: options.topics?.outboundMessages ?? Topics.outboundMessages,
    },
    outboundGroupId: options.outboundGroupId ?? 'outbound-senders',
    dedupTtlMs: options.dedupTtlMs ?? DAY_MS,
    channelCacheTtlMs: options.channelCacheTtlMs ?? 5_000,
    dedupPurgeIntervalMs: options.dedupPurgeIntervalMs ?? 10 * 60_000,
    retryAfterSeconds: options.retryAfterSeconds ?? 5,
    sendRetry: options.sendRetry ?? defaultSendRetrySettings,
    allowApiBaseUrl: options.allowApiBaseUrl ?? true,
  };
}

/** Dependency-injection token of the resolved {@link IngestionSettings}. */
export const INGESTION_SETTINGS = 'switchboard:ingestion:Settings';
