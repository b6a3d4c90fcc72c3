import type { ChannelKind, ChannelRequestRejected, ProviderResponse } from '@switchboard/channels-core';

/** What happened to a webhook, as counted in `switchboard_webhooks_total{outcome}`. */
export type WebhookOutcome =
  | 'accepted'
  | 'ignored'
  | 'duplicate'
  | 'in_flight'
  | 'verified'
  | 'unavailable'
  | 'error'
  | `rejected_${string}`;

/** The HTTP answer to a provider, and what it means for metrics and logs. */
export interface WebhookAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly outcome: WebhookOutcome;
  readonly kind: ChannelKind | 'unknown';
  /** Events this call put on the bus. */
  readonly published: number;
  /** A safe reason for logs (never a secret, never personal data). */
  readonly reason?: string;
  /** Set when deduplication could not be used and the webhook was handled at-least-once. */
  readonly dedupFailure?: unknown;
}

export function providerAnswer(response: ProviderResponse, kind: ChannelKind, outcome: WebhookOutcome, published = 0): WebhookAnswer {
  return { status: response.status, contentType: response.contentType, body: response.body, headers: {}, outcome, kind, published };
}

/** `{ statusCode, code, message }`, the problem shape every refusal has. */
export function problemAnswer(
  kind: ChannelKind | 'unknown',
  status: number,
  code: string,
  message: string,
  outcome: WebhookOutcome = `rejected_${code.toLowerCase()}`,
  retryAfterSeconds?: number,
): WebhookAnswer {
  return {
    status,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify({ statusCode: status, code, message }),
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    outcome,
    kind,
    published: 0,
    reason: message,
  };
}

/** A provider library's refusal, answered with its own status; a retriable one says when to retry. */
export function rejectionAnswer(kind: ChannelKind, error: ChannelRequestRejected, retryAfterSeconds: number): WebhookAnswer {
  return problemAnswer(kind, error.status, error.code, error.reason, undefined, error.retriable || error.status === 503 ? retryAfterSeconds : undefined);
}
