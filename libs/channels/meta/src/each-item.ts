import { MalformedPayload, type JsonReader } from '@switchboard/channels-core';
import { merge, skipped, type ItemResult } from './item-result';

/**
 * Maps every item of a batch. One malformed item is set aside with its reason instead of failing
 * the POST: a 400 would make Meta redeliver (and eventually drop) the good items with it.
 */
export function eachItem(items: readonly JsonReader[], map: (item: JsonReader) => ItemResult): ItemResult {
  return merge(
    items.map((item) => {
      try {
        return map(item);
      } catch (error) {
        if (error instanceof MalformedPayload) return skipped(error.reason);
        throw error;
      }
    }),
  );
}
