import type { ChannelEventInput } from './events/channel-event';

/** What the provider gets back once the events are safely on the bus. */
export interface ProviderResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** An item of a valid webhook that produced no event, and why: for logs and metrics, not an error. */
export interface IgnoredItem {
  readonly reason: string;
  readonly providerEventId?: string;
}

/**
 * The outcome of a verified webhook. The gateway deduplicates `events` by
 * `source.providerEventId`, publishes the rest keyed by `threadKey`, and only then answers with
 * `response`. A redelivery gets the same `response` (a Twilio call still needs its TwiML).
 */
export interface WebhookResult {
  readonly response: ProviderResponse;
  readonly events: readonly ChannelEventInput[];
  readonly ignored: readonly IgnoredItem[];
}

export function textResponse(body: string, status = 200): ProviderResponse {
  return { status, contentType: 'text/plain; charset=utf-8', body };
}

export function jsonResponse(body: unknown, status = 200): ProviderResponse {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) };
}
