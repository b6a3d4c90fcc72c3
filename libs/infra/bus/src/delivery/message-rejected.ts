/**
 * Thrown by a handler that wraps the caller's (the sealing decorator) when the message itself can
 * never be handled, e.g. it cannot be opened: it is not retried but dead-lettered at once with
 * attempts 0, as a value that is not an envelope is. `reason` is what the dead-letter headers say.
 */
export class MessageRejected extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason), { cause: reason });
    this.name = 'MessageRejected';
  }
}
