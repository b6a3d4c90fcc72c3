import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelConnection, WebhookRequest } from '@switchboard/channels-core';

export const AUTH_TOKEN = 'twilio-test-auth-token';
export const VOICE_URL = 'https://hooks.switchboard.example/webhooks/demo-voice';
export const SMS_URL = 'https://hooks.switchboard.example/webhooks/demo-sms';

export const voiceConnection: ChannelConnection = {
  id: 'demo-voice',
  tenantId: 'demo',
  kind: 'twilio-voice',
  secrets: { authToken: AUTH_TOKEN },
  settings: { queueName: 'support', greeting: 'Thanks for calling Acme & Co.' },
};

export const smsConnection: ChannelConnection = {
  id: 'demo-sms',
  tenantId: 'demo',
  kind: 'twilio-messaging',
  secrets: { authToken: AUTH_TOKEN },
  settings: { accountSid: 'AC3f5c9a0e2b7d4e6f8a1b2c3d4e5f6a7b', statusCallbackUrl: SMS_URL },
};

export type Params = Readonly<Record<string, string>>;

export function fixture(name: string): Params {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', `${name}.json`), 'utf8')) as Params;
}

/** Twilio's documented algorithm, written out here independently of the library under test. */
export function sign(url: string, params: Params, authToken = AUTH_TOKEN): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export function twilioRequest(url: string, params: Params, overrides: Partial<WebhookRequest> = {}): WebhookRequest {
  return {
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sign(url, params) },
    query: {},
    rawBody: Buffer.from(new URLSearchParams(params).toString()),
    ...overrides,
  };
}
