import type { ChannelConnection } from '@switchboard/channels-core';

/** A stored channel connection: what handlers and senders need, plus when it was created. */
export interface ChannelRecord extends ChannelConnection {
  readonly secrets: Readonly<Record<string, string>>;
  readonly createdAt: Date;
}

/** Where providers must send this channel's webhooks; `publicBaseUrl` has no trailing slash. */
export function webhookUrlFor(publicBaseUrl: string, channelId: string): string {
  return `${publicBaseUrl}/webhooks/${encodeURIComponent(channelId)}`;
}
