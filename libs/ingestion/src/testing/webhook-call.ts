import type { WebhookRequest } from '@switchboard/channels-core';
import type request from 'supertest';
import type { IngestionTestApp } from './ingestion-test-app';

/**
 * Replays a provider call (as the provider libraries' test helpers build it, signed for the
 * public URL) over HTTP to the app: same path and query, same headers, same bytes.
 */
export function sendWebhook(app: IngestionTestApp, call: WebhookRequest): request.Test {
  const url = new URL(call.url);
  const method = call.method.toUpperCase() === 'GET' ? 'get' : 'post';
  let test = app.http()[method](`${url.pathname}${url.search}`);
  for (const [name, value] of Object.entries(call.headers)) {
    if (value !== undefined) test = test.set(name, typeof value === 'string' ? value : value.join(', '));
  }
  // superagent would re-serialise a Buffer for form and JSON content types; the bytes must go as they are.
  return method === 'get' ? test : test.serialize((body: unknown) => body as string).send(call.rawBody);
}
