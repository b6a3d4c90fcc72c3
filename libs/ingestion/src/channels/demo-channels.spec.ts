import { ChannelKinds } from '@switchboard/channels-core';
import { missingInboundSecrets } from './channel-secrets';
import { demoChannels } from './demo-channels';

const config = {
  publicBaseUrl: 'https://demo.example',
  demoChannelSecrets: {
    twilioAuthToken: 'tw-token',
    metaAppSecret: 'meta-secret',
    metaVerifyToken: 'meta-verify',
    telegramSecretToken: 'tg-token',
    genericWebhookSecret: 'generic-secret',
    emailInboundToken: 'email-token',
    defaulted: [],
  },
};

describe('demo channels', () => {
  it('has one channel of each kind, with the fixed ids', () => {
    const channels = demoChannels(config);
    expect(channels.map((channel) => [channel.id, channel.kind])).toEqual([
      ['demo-voice', 'twilio-voice'],
      ['demo-sms', 'twilio-messaging'],
      ['demo-meta', 'meta'],
      ['demo-telegram', 'telegram'],
      ['demo-email', 'email'],
      ['demo-generic', 'generic'],
    ]);
    expect(new Set(channels.map((channel) => channel.kind))).toEqual(new Set(ChannelKinds));
  });

  it('takes every inbound secret from the configuration, so each one can take webhooks', () => {
    for (const channel of demoChannels(config)) expect(missingInboundSecrets(channel.kind, channel.secrets)).toEqual([]);
    expect(demoChannels(config).find((channel) => channel.id === 'demo-meta')?.secrets).toEqual({ appSecret: 'meta-secret', verifyToken: 'meta-verify' });
  });
});
