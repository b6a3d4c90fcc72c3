/** No channel with that id in the caller's tenant (another tenant's channel reads the same). */
export class ChannelNotFound extends Error {
  readonly status = 404;
  readonly code = 'CHANNEL_NOT_FOUND';
  readonly retriable = false;

  constructor(readonly channelId: string) {
    super(`no channel ${channelId}`);
    this.name = 'ChannelNotFound';
  }
}

/** A new channel or a change to one breaks the rules; every problem is named. */
export class InvalidChannelInput extends Error {
  readonly status = 400;
  readonly code = 'INVALID_CHANNEL';
  readonly retriable = false;

  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'InvalidChannelInput';
  }
}
