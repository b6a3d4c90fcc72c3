import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import type { WebhookRequest } from '@switchboard/channels-core';
import { IdentityAccessModule } from '@switchboard/identity-access';
import { IngestionModule } from '@switchboard/ingestion';
import { RuntimeModule, startApp, type AppDefinition, type RunningApp } from '@switchboard/runtime';
import { TEST_BUS_SECRET, testEndpoints, uniqueSuffix } from '@switchboard/testing';
import request from 'supertest';
import { TimelineModule } from '../timeline.module';
import { TEST_SECRET } from './timeline-harness';

/** The URL the provider libraries' helpers sign for, and the demo channels' secrets they sign with. */
const PUBLIC_BASE_URL = 'https://hooks.switchboard.example';
const CHANNEL_SECRETS = {
  TWILIO_AUTH_TOKEN: 'twilio-test-auth-token',
  META_APP_SECRET: 'meta-test-app-secret',
  META_VERIFY_TOKEN: 'meta-test-verify-token',
  TELEGRAM_SECRET_TOKEN: 'telegram-test-secret_token-1',
  GENERIC_WEBHOOK_SECRET: 'generic-test-signing-secret',
  EMAIL_INBOUND_TOKEN: 'email-test-inbound-token',
};
export const PLATFORM_PASSWORD = 'demo-secret-1';

export interface PlatformWithIngestion {
  readonly running: RunningApp;
  http(): ReturnType<typeof request>;
  login(email: string): Promise<string>;
  /** A provider's webhook, replayed over HTTP byte for byte (as the ingestion's own tests do). */
  webhook(call: WebhookRequest): request.Test;
  close(): Promise<void>;
}

@Module({})
class PlatformRoot {}

/**
 * The platform's composition through the real bootstrap: runtime, identity, ingestion (webhooks on
 * the demo channels, which only the embedded mode seeds) and the timeline, on PGlite on disk, with
 * the in-process bus or the real Kafka broker (a topic and consumer group of its own).
 */
export async function startPlatformWithIngestion(bus: 'inprocess' | 'kafka'): Promise<PlatformWithIngestion> {
  const suffix = uniqueSuffix();
  const topic = `test.channel-events.${suffix}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-timeline-'));
  const definition: AppDefinition = {
    name: 'timeline-ingestion-test',
    rootModule: (config, adapters) => ({
      module: PlatformRoot,
      imports: [
        RuntimeModule.forRoot({ config, adapters, appName: 'timeline-ingestion-test' }),
        IdentityAccessModule.forRoot({ jwtSecret: config.auth.jwtSecret, accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds, demo: config.demo }),
        IngestionModule.forRoot({ topics: { channelEvents: topic, outboundMessages: `test.outbound.${suffix}` }, outbound: false }),
        TimelineModule.forRoot({
          secret: TEST_SECRET,
          channelEventsTopic: topic,
          consumerGroupId: `timeline.${suffix}`,
          routingEventsTopic: `test.routing-events.${suffix}`,
          routingConsumerGroupId: `timeline-routing.${suffix}`,
          projection: { pollIntervalMs: 20 },
        }),
      ],
    }),
  };
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DEMO_PASSWORD: PLATFORM_PASSWORD,
    PUBLIC_BASE_URL,
    ...CHANNEL_SECRETS,
    ...(bus === 'kafka'
      ? { BUS: 'kafka', KAFKA_BROKERS: testEndpoints.kafkaBrokers.join(','), KAFKA_CLIENT_ID: `timeline-test-${suffix}`, BUS_SECRET: TEST_BUS_SECRET }
      : {}),
  };
  const cleanUp = async () => rmSync(dataDir, { recursive: true, force: true });
  let running: RunningApp;
  try {
    running = await startApp(definition, { env, port: 0 });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const http = () => request(running.url);
  return {
    running,
    http,
    async login(email) {
      const response = await http().post('/api/auth/login').send({ email, password: PLATFORM_PASSWORD }).expect(200);
      return response.body.accessToken as string;
    },
    webhook(call) {
      const url = new URL(call.url);
      let test = http().post(`${url.pathname}${url.search}`);
      for (const [name, value] of Object.entries(call.headers)) {
        if (value !== undefined) test = test.set(name, typeof value === 'string' ? value : value.join(', '));
      }
      // The signature covers these exact bytes: superagent must not re-serialise them.
      return test.serialize((body: unknown) => body as string).send(call.rawBody);
    },
    async close() {
      await running.close();
      await cleanUp();
    },
  };
}
