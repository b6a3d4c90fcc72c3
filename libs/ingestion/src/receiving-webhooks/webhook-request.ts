import type { HeaderValue, WebhookRequest } from '@switchboard/channels-core';

/** The parts of an HTTP request (express's, or any other) that a webhook is made of. */
export interface IncomingWebhookCall {
  readonly method: string;
  /** Path and query exactly as received, e.g. `/webhooks/demo-sms?token=x`. */
  readonly originalUrl: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

/** The raw body was parsed by something else, so no signature over it can be checked: a wiring bug. */
export class WebhookBodyNotRaw extends Error {
  constructor() {
    super('webhook bodies must reach ingestion as raw bytes (mount a raw body parser on /webhooks)');
    this.name = 'WebhookBodyNotRaw';
  }
}

/**
 * The call as the provider made it: the public URL it was configured with (behind a proxy the
 * internal host differs, and Twilio signs the URL), the query parsed here rather than by whatever
 * query parser the app uses, and the body as the exact bytes received.
 */
export function toWebhookRequest(call: IncomingWebhookCall, publicBaseUrl: string): WebhookRequest {
  const url = `${publicBaseUrl}${call.originalUrl}`;
  return {
    method: call.method.toUpperCase(),
    url,
    headers: call.headers,
    query: queryOf(call.originalUrl),
    rawBody: rawBodyOf(call.body),
  };
}

function rawBodyOf(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  // Express leaves `body` undefined when there was none to parse.
  if (body === undefined || body === null) return Buffer.alloc(0);
  throw new WebhookBodyNotRaw();
}

function queryOf(originalUrl: string): Record<string, HeaderValue> {
  const at = originalUrl.indexOf('?');
  const query: Record<string, string | string[]> = {};
  if (at < 0) return query;
  for (const [name, value] of new URLSearchParams(originalUrl.slice(at + 1))) {
    const existing = query[name];
    query[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}
