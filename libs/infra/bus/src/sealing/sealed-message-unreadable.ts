/**
 * A message on the sealing bus that cannot be opened: not sealed at all, sealed in a format or with
 * a secret this process does not have, or altered since it was sealed. Never retriable: the
 * consumer dead-letters it at once, with this error's message as the reason.
 */
export class SealedMessageUnreadable extends Error {
  readonly code = 'BUS_MESSAGE_UNREADABLE';
  readonly retriable = false;
  constructor(reason: string) {
    super(`sealed message cannot be opened: ${reason}`);
    this.name = 'SealedMessageUnreadable';
  }
}
