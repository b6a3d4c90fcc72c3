import type { ChannelConnection, ChannelEventInput } from '@switchboard/channels-core';

/**
 * Provider ids are only unique within a provider account, so the key is scoped by tenant and
 * channel; null when the event carries no provider id (then it is never deduplicated).
 */
export function dedupKeyOf(channel: ChannelConnection, event: ChannelEventInput): string | null {
  const providerEventId = event.source.providerEventId;
  return providerEventId ? `${channel.tenantId}/${channel.id}/${providerEventId}` : null;
}
