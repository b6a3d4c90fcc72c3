import type { ChannelConnection, ChannelKind } from './channel-connection';
import { ForbiddenChannel } from './errors/channel-errors';

/** A handler only serves connections of its own kind (a Telegram token must never open a Twilio hook). */
export function assertChannelKind(connection: ChannelConnection, kind: ChannelKind): void {
  if (connection.kind !== kind) throw new ForbiddenChannel(`channel ${connection.id} is not a ${kind} channel`);
}
