import { isRetriableStatus, retryDelayFor, type ChannelKind, type HttpRequestSpec } from '@switchboard/channels-core';
import { deliveryFailed, type DeliveryResult } from './delivery-result';
import { providerMessageIdsOf, retryAfterInBody } from './provider-message-ids';
import type { SendClock, SendRetrySettings } from './retry-settings';

export interface HttpDeliveryOptions {
  readonly fetch: typeof fetch;
  readonly clock: SendClock;
  readonly retry: SendRetrySettings;
  readonly onRetry?: (retry: { readonly kind: ChannelKind; readonly attempt: number; readonly delayMs: number; readonly status: number | null }) => void;
}

type CallOutcome =
  | { readonly ok: true; readonly ids: string[] }
  | { readonly ok: false; readonly retryAfter: string | undefined; readonly status: number | null; readonly reason: string };

const MAX_REASON_LENGTH = 300;

/**
 * Makes a reply's provider calls in order (text first, then each media), each retried with
 * exponential backoff on network errors and on 408/425/429/5xx, honouring the provider's
 * Retry-After. Stops at the first call that fails for good: the parts already sent are reported.
 */
export async function deliverHttpRequests(kind: ChannelKind, requests: readonly HttpRequestSpec[], options: HttpDeliveryOptions): Promise<DeliveryResult> {
  const ids: string[] = [];
  let attempts = 0;
  for (const request of requests) {
    for (let attempt = 1; ; attempt += 1) {
      attempts += 1;
      const outcome = await call(kind, request, options);
      if (outcome.ok) {
        ids.push(...outcome.ids);
        break;
      }
      const retriable = outcome.status === null || isRetriableStatus(outcome.status);
      const failure = (code: string, reason: string, canRetryLater: boolean) =>
        deliveryFailed(code, reason, canRetryLater, { attempts, providerMessageIds: ids, ...(outcome.status === null ? {} : { providerStatus: outcome.status }) });
      if (!retriable) return failure('PROVIDER_REJECTED', outcome.reason, false);
      if (attempt >= options.retry.maxAttempts) return failure(outcome.status === null ? 'PROVIDER_UNREACHABLE' : 'PROVIDER_UNAVAILABLE', outcome.reason, true);
      const delayMs = retryDelayFor(attempt, outcome.retryAfter, {
        now: options.clock.now(),
        random: options.clock.random,
        policy: { ...options.retry.policy, maxRetryAfterMs: Number.MAX_SAFE_INTEGER },
      });
      if (delayMs > options.retry.policy.maxRetryAfterMs) {
        return failure('PROVIDER_RATE_LIMITED', `${outcome.reason}; asked to wait ${Math.ceil(delayMs / 1000)} s`, true);
      }
      options.onRetry?.({ kind, attempt, delayMs, status: outcome.status });
      await options.clock.sleep(delayMs);
    }
  }
  return { ok: true, providerMessageIds: ids, attempts };
}

async function call(kind: ChannelKind, request: HttpRequestSpec, options: HttpDeliveryOptions): Promise<CallOutcome> {
  let response: Response;
  let body: string;
  try {
    response = await options.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(options.retry.requestTimeoutMs),
    });
    body = await response.text();
  } catch (error) {
    // Never the URL: Telegram's carries the bot token.
    return { ok: false, retryAfter: undefined, status: null, reason: `${kind} API unreachable (${error instanceof Error ? error.name : 'error'})` };
  }
  if (response.ok) return { ok: true, ids: providerMessageIdsOf(kind, body) };
  return {
    ok: false,
    retryAfter: response.headers.get('retry-after') ?? retryAfterInBody(body),
    status: response.status,
    reason: `${kind} API answered ${response.status}: ${body.slice(0, MAX_REASON_LENGTH)}`,
  };
}
