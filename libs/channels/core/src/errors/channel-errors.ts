/**
 * Why a webhook was refused. Each error carries the HTTP status the gateway answers with, a stable
 * `code` for metrics and problem-details, and a `reason` safe to send back to the caller (never a
 * secret, never personal data). None is retriable by the provider except {@link ChannelMisconfigured}.
 */
export abstract class ChannelRequestRejected extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  readonly retriable: boolean = false;

  constructor(readonly reason: string) {
    super(reason);
    this.name = new.target.name;
  }
}

/** Missing or wrong signature / token. */
export class InvalidSignature extends ChannelRequestRejected {
  readonly status = 401;
  readonly code = 'INVALID_SIGNATURE';
}

/** Authenticated, but not allowed here (wrong verify token, wrong channel kind). */
export class ForbiddenChannel extends ChannelRequestRejected {
  readonly status = 403;
  readonly code = 'FORBIDDEN_CHANNEL';
}

/** Correctly signed, but signed too long ago (or in the future): a possible replay. */
export class StaleRequest extends ChannelRequestRejected {
  readonly status = 403;
  readonly code = 'STALE_REQUEST';
}

/** Not parseable as the provider's format (bad JSON, bad form encoding, missing required field). */
export class MalformedPayload extends ChannelRequestRejected {
  readonly status = 400;
  readonly code = 'MALFORMED_PAYLOAD';
}

/** Well-formed, but nothing this channel understands (unknown Meta `object`, ...). */
export class UnsupportedPayload extends ChannelRequestRejected {
  readonly status = 400;
  readonly code = 'UNSUPPORTED_PAYLOAD';
}

export class UnsupportedMediaType extends ChannelRequestRejected {
  readonly status = 415;
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';

  constructor(readonly received: string | null, readonly expected: readonly string[]) {
    super(`content type must be ${expected.join(' or ')}, got ${received ?? 'none'}`);
  }
}

export class PayloadTooLarge extends ChannelRequestRejected {
  readonly status = 413;
  readonly code = 'PAYLOAD_TOO_LARGE';

  constructor(readonly sizeBytes: number, readonly maxBytes: number) {
    super(`body of ${sizeBytes} bytes exceeds the limit of ${maxBytes} bytes`);
  }
}

/**
 * The channel lacks a secret or setting it needs. Our fault, not the caller's: answered with 503
 * so the provider retries once an admin has fixed the channel, and nothing is lost meanwhile.
 */
export class ChannelMisconfigured extends ChannelRequestRejected {
  readonly status = 503;
  readonly code = 'CHANNEL_MISCONFIGURED';
  override readonly retriable = true;
}
