import type { SenderIdentity, ThreadKey } from '@switchboard/contracts';
import type { ChannelConnection } from '../channel-connection';

/**
 * Thread keys start with the channel id: the same customer on two channels is two threads, and
 * one channel's traffic never reorders another's.
 */
export function threadKeyForIdentity(connection: ChannelConnection, identity: SenderIdentity): ThreadKey {
  return `${connection.id}:${identity.kind}:${identity.value}`;
}

/** A call's events are ordered per call, whatever the caller id says. */
export function threadKeyForCall(connection: ChannelConnection, providerCallId: string): ThreadKey {
  return `${connection.id}:call:${providerCallId}`;
}

/** An email thread is keyed by its root Message-ID (see the email library for how the root is found). */
export function threadKeyForEmailThread(connection: ChannelConnection, rootMessageId: string): ThreadKey {
  return `${connection.id}:email:${rootMessageId}`;
}
