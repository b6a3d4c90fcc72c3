// The channels API (libs/ingestion/src/managing-channels), as the console reads it.

export const ChannelKinds = ['twilio-voice', 'twilio-messaging', 'meta', 'telegram', 'email', 'generic'] as const;
export type ChannelKind = (typeof ChannelKinds)[number];

/** The secrets each kind reads (libs/ingestion/src/channels/channel-secrets.ts): inbound ones first. */
export const ChannelSecretNames: Readonly<Record<ChannelKind, readonly string[]>> = {
  'twilio-voice': ['authToken'],
  'twilio-messaging': ['authToken'],
  meta: ['appSecret', 'verifyToken', 'accessToken'],
  telegram: ['secretToken', 'botToken'],
  email: ['inboundToken', 'smtpUser', 'smtpPassword'],
  generic: ['signingSecret'],
};

export interface Channel {
  readonly id: string;
  readonly kind: ChannelKind;
  /** Where the provider must send its webhooks. */
  readonly webhookUrl: string;
  /** Names of the secrets that are set; their values are never shown again. */
  readonly secretNames: readonly string[];
  /** Secrets webhooks need that are not set: the channel answers 503 until they are. */
  readonly missingSecrets: readonly string[];
  readonly settings: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
}

export interface NewChannel {
  readonly kind: ChannelKind;
  readonly secrets?: Readonly<Record<string, string>>;
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface ChannelChanges {
  readonly secrets?: Readonly<Record<string, string | null>>;
  readonly settings?: Readonly<Record<string, unknown>>;
}
