import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelConnection, WebhookRequest } from '@switchboard/channels-core';

export const INBOUND_TOKEN = 'email-test-inbound-token';

export const emailConnection: ChannelConnection = {
  id: 'demo-email',
  tenantId: 'demo',
  kind: 'email',
  secrets: { inboundToken: INBOUND_TOKEN },
  settings: { fromAddress: 'support@acme.example', fromName: 'Acme Support' },
};

export function eml(name: string): Buffer {
  return readFileSync(join(__dirname, '..', 'fixtures', `${name}.eml`));
}

export function emailRequest(rawBody: Buffer, overrides: Partial<WebhookRequest> = {}): WebhookRequest {
  return {
    method: 'POST',
    url: 'https://hooks.switchboard.example/webhooks/demo-email',
    headers: { 'content-type': 'message/rfc822', 'x-switchboard-email-token': INBOUND_TOKEN },
    query: {},
    rawBody,
    ...overrides,
  };
}
