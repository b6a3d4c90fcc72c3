import type { AppConfig } from '@switchboard/config';
import type { ChannelKind } from '@switchboard/channels-core';

export const DEMO_CHANNEL_TENANT = 'demo';

export interface DemoChannel {
  readonly id: string;
  readonly kind: ChannelKind;
  readonly secrets: Readonly<Record<string, string>>;
  readonly settings: Readonly<Record<string, unknown>>;
}

/** One channel of each kind for the demo tenant, with fixed ids and the secrets of the configuration. */
export function demoChannels(config: Pick<AppConfig, 'demoChannelSecrets' | 'publicBaseUrl'>): DemoChannel[] {
  const secrets = config.demoChannelSecrets;
  return [
    { id: 'demo-voice', kind: 'twilio-voice', secrets: { authToken: secrets.twilioAuthToken }, settings: { queueName: 'support' } },
    {
      id: 'demo-sms',
      kind: 'twilio-messaging',
      secrets: { authToken: secrets.twilioAuthToken },
      settings: { statusCallbackUrl: `${config.publicBaseUrl}/webhooks/demo-sms` },
    },
    { id: 'demo-meta', kind: 'meta', secrets: { appSecret: secrets.metaAppSecret, verifyToken: secrets.metaVerifyToken }, settings: {} },
    { id: 'demo-telegram', kind: 'telegram', secrets: { secretToken: secrets.telegramSecretToken }, settings: {} },
    { id: 'demo-email', kind: 'email', secrets: { inboundToken: secrets.emailInboundToken }, settings: { fromAddress: 'support@demo.test', fromName: 'Demo Support' } },
    { id: 'demo-generic', kind: 'generic', secrets: { signingSecret: secrets.genericWebhookSecret }, settings: {} },
  ];
}
