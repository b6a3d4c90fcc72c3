import type { ChannelConnection, ChannelEventOrigin } from '@switchboard/channels-core';

export type MetaChannel = 'whatsapp' | 'messenger' | 'instagram';

export function metaOrigin(connection: ChannelConnection, channel: MetaChannel): ChannelEventOrigin {
  return { connection, channel, provider: 'meta' };
}
