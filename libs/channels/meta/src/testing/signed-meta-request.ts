import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelConnection, WebhookRequest } from '@switchboard/channels-core';

export const APP_SECRET = 'meta-test-app-secret';
export const VERIFY_TOKEN = 'meta-test-verify-token';
export const META_URL = 'https://hooks.switchboard.example/webhooks/demo-meta';

export const metaConnection: ChannelConnection = {
  id: 'demo-meta',
  tenantId: 'demo',
  kind: 'meta',
  secrets: { appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, accessToken: 'EAAG-test-access-token' },
  settings: {},
};

/** The raw bytes as Meta sent them: the signature covers them, escapes and all. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(__dirname, '..', 'fixtures', `${name}.json`));
}

/** Meta's documented scheme, written out independently of the library under test. */
export function sign(rawBody: Buffer, appSecret = APP_SECRET): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

export function metaRequest(rawBody: Buffer, overrides: Partial<WebhookRequest> = {}): WebhookRequest {
  return {
    method: 'POST',
    url: META_URL,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(rawBody) },
    query: {},
    rawBody,
    ...overrides,
  };
}
