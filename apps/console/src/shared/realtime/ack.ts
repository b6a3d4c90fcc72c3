import type { Ack, RealtimeError } from '@switchboard/contracts/realtime';

/** A realtime request the server refused or that got no answer, with the server's reason. */
export class RealtimeRequestError extends Error {
  constructor(readonly error: RealtimeError) {
    super(error.reason);
    this.name = 'RealtimeRequestError';
  }
}

export const REQUEST_TIMEOUT_MS = 10_000;

/** Unwraps `{ ok, data | error }`: the data, or a thrown {@link RealtimeRequestError}. */
export function unwrap<T>(answer: Ack<T>): T {
  if (answer.ok) return answer.data;
  throw new RealtimeRequestError(answer.error);
}

/**
 * Sends a request with an ack and resolves with its data. `send` receives the ack callback; no
 * answer within the timeout rejects as UNAVAILABLE (the socket may be reconnecting).
 */
export function request<T>(send: (ack: (answer: Ack<T>) => void) => void, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(
      () => reject(new RealtimeRequestError({ code: 'UNAVAILABLE', reason: 'the server did not answer in time', retriable: true })),
      timeoutMs,
    );
    send((answer) => {
      window.clearTimeout(timer);
      try {
        resolve(unwrap(answer));
      } catch (error) {
        reject(error);
      }
    });
  });
}
