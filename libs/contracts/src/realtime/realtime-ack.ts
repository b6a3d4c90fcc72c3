/**
 * How every realtime request is answered: an acknowledgement `{ ok: true, data }` or
 * `{ ok: false, error }`. A request sent without an ack callback that fails gets the same error as
 * an `error` event instead, so a bad message is never silently dropped.
 */
export const RealtimeErrorCodes = [
  /** No, a bad or an expired access token (handshake). */
  'UNAUTHENTICATED',
  /** The role or the conversation does not allow it (not assigned to you, not your conversation). */
  'FORBIDDEN',
  /** The chat widget named a tenant that does not exist. */
  'UNKNOWN_TENANT',
  /** The payload failed validation; `reason` lists each problem. */
  'INVALID_PAYLOAD',
  /** No such conversation, contact, queue or agent in your tenant. */
  'NOT_FOUND',
  /** Routing's state no longer allows it (offer expired, contact already taken, ...); `reason` is routing's refusal. */
  'REFUSED',
  /** The chat conversation has not been started (send `chat:start` first) or has ended. */
  'NO_CONVERSATION',
  /** A resume token that is unknown, expired or of another tenant. */
  'RESUME_EXPIRED',
  /** The conversation's channel address is unknown, so a reply cannot be sent. */
  'NO_REPLY_ADDRESS',
  /** A dependency (the bus, Redis) did not answer; trying again may help. */
  'UNAVAILABLE',
  /** A bug on our side; the details are in the server's log. */
  'INTERNAL',
] as const;

export type RealtimeErrorCode = (typeof RealtimeErrorCodes)[number];

export interface RealtimeError {
  readonly code: RealtimeErrorCode;
  /** Words for a developer: what was wrong. Never personal data. */
  readonly reason: string;
  /** The client event that caused it, when there was one. */
  readonly event?: string;
  /** True when sending the same request again later may succeed. */
  readonly retriable: boolean;
}

export type Ack<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: RealtimeError };

/** The last argument of a client request: called once with the outcome. */
export type AckCallback<T> = (answer: Ack<T>) => void;

/**
 * What a refused handshake carries: socket.io-client's `connect_error` has `message` (the reason)
 * and `data` (this).
 */
export interface HandshakeRefusal {
  readonly code: RealtimeErrorCode;
  readonly reason: string;
}
