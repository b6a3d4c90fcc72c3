import { ChannelMisconfigured } from './errors/channel-errors';

/** The channel kinds with a webhook handler; each has its own library under `libs/channels/`. */
export const ChannelKinds = ['twilio-voice', 'twilio-messaging', 'meta', 'telegram', 'email', 'generic'] as const;
export type ChannelKind = (typeof ChannelKinds)[number];

/**
 * A tenant's configured connection to a provider. Secrets are resolved (from configuration or the
 * channel store) before a handler sees them; handlers only read them, never log them.
 */
export interface ChannelConnection {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: ChannelKind;
  readonly secrets: Readonly<Record<string, string | undefined>>;
  readonly settings: Readonly<Record<string, unknown>>;
}

export function requireSecret(connection: ChannelConnection, name: string): string {
  const value = connection.secrets[name];
  if (!value) throw new ChannelMisconfigured(`channel ${connection.id} has no ${name} secret`);
  return value;
}

export function stringSetting(connection: ChannelConnection, name: string): string | undefined {
  const value = connection.settings[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function requireSetting(connection: ChannelConnection, name: string): string {
  const value = stringSetting(connection, name);
  if (value === undefined) throw new ChannelMisconfigured(`channel ${connection.id} has no ${name} setting`);
  return value;
}
