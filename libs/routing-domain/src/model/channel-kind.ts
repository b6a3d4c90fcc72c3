import type { RoutingChannel } from '@switchboard/contracts';

// Messaging apps where the customer writes one-to-one count as `messaging`; the social networks'
// inboxes as `social`. Anything unknown is messaging: a text conversation is the safe guess.
const SOCIAL = new Set(['messenger', 'instagram', 'facebook', 'twitter', 'x']);

/** The capacity bucket a contact arriving on `sourceChannel` (`sms`, `whatsapp`, `voice`, ...) is counted in. */
export function routingChannelOf(sourceChannel: string): RoutingChannel {
  if (sourceChannel === 'voice') return 'voice';
  if (sourceChannel === 'email') return 'email';
  if (sourceChannel === 'chat') return 'chat';
  if (SOCIAL.has(sourceChannel)) return 'social';
  return 'messaging';
}

/** Text contacts can be answered by the knowledge base before an agent is needed; calls cannot. */
export function isTextChannel(channel: RoutingChannel): boolean {
  return channel !== 'voice';
}
