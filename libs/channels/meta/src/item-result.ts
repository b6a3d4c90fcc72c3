import type { ChannelEventInput, IgnoredItem } from '@switchboard/channels-core';

/** What one entry, change or messaging item of a Meta batch produced. */
export interface ItemResult {
  readonly events: ChannelEventInput[];
  readonly ignored: IgnoredItem[];
}

export const emitted = (...events: ChannelEventInput[]): ItemResult => ({ events, ignored: [] });

export const skipped = (reason: string, providerEventId?: string): ItemResult => ({
  events: [],
  ignored: [providerEventId === undefined ? { reason } : { reason, providerEventId }],
});

export function merge(results: readonly ItemResult[]): ItemResult {
  return { events: results.flatMap((result) => result.events), ignored: results.flatMap((result) => result.ignored) };
}
