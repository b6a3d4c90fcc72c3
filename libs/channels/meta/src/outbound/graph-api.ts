import { requireSecret, stringSetting, type ChannelConnection } from '@switchboard/channels-core';

/** Pinned so a Graph API default change never alters what we send; `graphApiVersion` setting overrides. */
export const DEFAULT_GRAPH_API_VERSION = 'v21.0';

export function graphUrl(connection: ChannelConnection, path: string): string {
  const version = stringSetting(connection, 'graphApiVersion') ?? DEFAULT_GRAPH_API_VERSION;
  return `https://graph.facebook.com/${version}/${path}`;
}

/** The access token travels in a header, never in the URL, so it cannot end up in access logs. */
export function graphHeaders(connection: ChannelConnection): Record<string, string> {
  return {
    authorization: `Bearer ${requireSecret(connection, 'accessToken')}`,
    'content-type': 'application/json',
  };
}
