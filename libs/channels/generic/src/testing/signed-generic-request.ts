import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelConnection, WebhookRequest } from '@switchboard/channels-core';

export const SIGNING_SECRET = 'generic-test-signing-secret';

export const genericConnection: ChannelConnection = {
  id: 'demo-generic',
  tenantId: 'demo',
  kind: 'generic',
  secrets: { signingSecret: SIGNING_SECRET },
  settings: { network: 'viber' },
};

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(__dirname, '..', 'fixtures', `${name}.json`));
}

/** The documented scheme, written out independently of the library under test. */
export function signatureHeader(rawBody: Buffer, unixSeconds: number, secret = SIGNING_SECRET): string {
  const v1 = createHmac('sha256', secret).update(Buffer.concat([Buffer.from(`${unixSeconds}.`), rawBody])).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

export function genericRequest(rawBody: Buffer, signedAt: Date, overrides: Partial<WebhookRequest> = {}): WebhookRequest {
  return {
    method: 'POST',
    url: 'https://hooks.switchboard.example/webhooks/demo-generic',
    headers: { 'content-type': 'application/json', 'x-switchboard-signature': signatureHeader(rawBody, Math.floor(signedAt.getTime() / 1000)) },
    query: {},
    rawBody,
    ...overrides,
  };
}
