import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelConnection, WebhookRequest } from '@switchboard/channels-core';

export const SECRET_TOKEN = 'telegram-test-secret_token-1';

export const telegramConnection: ChannelConnection = {
  id: 'demo-telegram',
  tenantId: 'demo',
  kind: 'telegram',
  secrets: { secretToken: SECRET_TOKEN, botToken: '7012345678:AAH-test-bot-token' },
  settings: { botUsername: 'acme_support_bot' },
};

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(__dirname, '..', 'fixtures', `${name}.json`));
}

export function telegramRequest(rawBody: Buffer, overrides: Partial<WebhookRequest> = {}): WebhookRequest {
  return {
    method: 'POST',
    url: 'https://hooks.switchboard.example/webhooks/demo-telegram',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET_TOKEN },
    query: {},
    rawBody,
    ...overrides,
  };
}
