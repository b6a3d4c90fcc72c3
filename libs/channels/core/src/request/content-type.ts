import { UnsupportedMediaType } from '../errors/channel-errors';
import { headerOf, type WebhookRequest } from './webhook-request';

/** `application/json; charset=utf-8` → `application/json`; null when there is no content type. */
export function mediaTypeOf(request: WebhookRequest): string | null {
  const header = headerOf(request, 'content-type');
  const essence = header?.split(';')[0]?.trim().toLowerCase();
  return essence ? essence : null;
}

export function assertMediaType(request: WebhookRequest, expected: readonly string[]): void {
  const received = mediaTypeOf(request);
  if (received === null || !expected.includes(received)) throw new UnsupportedMediaType(received, expected);
}
