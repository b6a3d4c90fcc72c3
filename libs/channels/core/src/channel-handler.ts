import type { ChannelConnection, ChannelKind } from './channel-connection';
import type { WebhookRequest } from './request/webhook-request';
import type { ProviderResponse, WebhookResult } from './webhook-result';

/**
 * One per channel kind. Pure: no I/O beyond parsing, the clock passed in. Every method throws a
 * `ChannelRequestRejected` subtype for a request it refuses; anything else thrown is a bug.
 */
export interface ChannelHandler {
  readonly kind: ChannelKind;
  /** The gateway's body-parser limit for this kind (bodies over it get 413). */
  readonly maxBodyBytes: number;

  /** Checks size, content type and signature; throws when the request must be refused. */
  verify(request: WebhookRequest, connection: ChannelConnection, now: Date): void;

  /**
   * Verifies (always: an unverified payload is never normalised), parses and normalises the
   * webhook into canonical events and the response the provider expects.
   */
  handle(request: WebhookRequest, connection: ChannelConnection, now: Date): Promise<WebhookResult>;

  /** For providers that verify the URL with a GET first (Meta's `hub.challenge`). */
  handleVerification?(request: WebhookRequest, connection: ChannelConnection, now: Date): ProviderResponse;
}
