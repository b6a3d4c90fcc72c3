import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { startApp, RuntimeModule, type AppDefinition, type RunningApp } from '@switchboard/runtime';
import { TEST_BUS_SECRET, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import request from 'supertest';
import { IngestionModule } from '../ingestion.module';
import type { IngestionOptions } from '../ingestion.options';

/** The URL the provider libraries' test helpers sign for (`https://hooks.switchboard.example/webhooks/demo-…`). */
export const PUBLIC_BASE_URL = 'https://hooks.switchboard.example';
export const DEMO_PASSWORD = 'demo-secret-1';

/** The demo channels' secrets, equal to the ones the provider libraries' fixtures are signed with. */
export const TEST_CHANNEL_SECRETS = {
  TWILIO_AUTH_TOKEN: 'twilio-test-auth-token',
  META_APP_SECRET: 'meta-test-app-secret',
  META_VERIFY_TOKEN: 'meta-test-verify-token',
  TELEGRAM_SECRET_TOKEN: 'telegram-test-secret_token-1',
  GENERIC_WEBHOOK_SECRET: 'generic-test-signing-secret',
  EMAIL_INBOUND_TOKEN: 'email-test-inbound-token',
} as const;

export interface IngestionTestApp {
  readonly running: RunningApp;
  readonly topics: { readonly channelEvents: string; readonly outboundMessages: string };
  http(): ReturnType<typeof request>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

@Module({})
class IngestionTestRoot {}

export interface StartOptions {
  /** Extra or overriding environment (e.g. KAFKA_BROKERS of a dedicated broker, ROUTING_STATE=redis). */
  readonly env?: Readonly<Record<string, string>>;
  readonly ingestion?: IngestionOptions;
  /** Kafka (default) or the in-process bus. */
  readonly bus?: 'kafka' | 'inprocess';
  /** Keep the data in this directory (left in place on close), e.g. to restart on the same data. */
  readonly dataDir?: string;
  /** Topics and consumer group to reuse, e.g. across a restart. */
  readonly suffix?: string;
}

/**
 * The platform's composition (runtime + identity-access + ingestion) started through the real
 * bootstrap, so webhooks get exactly the raw-body handling the apps give them; on the real Kafka
 * broker with topics and consumer group of its own, and PGlite on disk in a scratch directory.
 */
export async function startIngestionTestApp(options: StartOptions = {}): Promise<IngestionTestApp> {
  const suffix = options.suffix ?? uniqueSuffix();
  const topics = { channelEvents: `test.channel-events.${suffix}`, outboundMessages: `test.outbound-messages.${suffix}` };
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'switchboard-ingestion-'));
  const removeData = () => options.dataDir === undefined && rmSync(dataDir, { recursive: true, force: true });
  const definition: AppDefinition = {
    name: 'ingestion-test',
    rootModule: (config, adapters) => ({
      module: IngestionTestRoot,
      imports: [
        RuntimeModule.forRoot({ config, adapters, appName: 'ingestion-test' }),
        IdentityAccessModule.forRoot({ jwtSecret: config.auth.jwtSecret, accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds, demo: config.demo }),
        IngestionModule.forRoot({ topics, outboundGroupId: `outbound-senders.${suffix}`, ...options.ingestion }),
      ],
    }),
  };
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DEMO_PASSWORD,
    PUBLIC_BASE_URL,
    ...(options.bus === 'inprocess'
      ? {}
      : { BUS: 'kafka', KAFKA_BROKERS: testEndpoints.kafkaBrokers.join(','), KAFKA_CLIENT_ID: `ingestion-test-${suffix}`, BUS_SECRET: TEST_BUS_SECRET }),
    ...TEST_CHANNEL_SECRETS,
    ...options.env,
  };
  let running: RunningApp;
  try {
    running = await startApp(definition, { env, port: 0 });
  } catch (error) {
    removeData();
    throw error;
  }
  const http = () => request(running.url);
  return {
    running,
    topics,
    http,
    async login(email, password = DEMO_PASSWORD) {
      const response = await http().post('/api/auth/login').send({ email, password }).expect(200);
      return response.body.accessToken as string;
    },
    async close() {
      await running.close();
      removeData();
    },
  };
}
