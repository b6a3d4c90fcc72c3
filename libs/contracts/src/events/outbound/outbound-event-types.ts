/**
 * Replies to customers and what became of them. A published name never changes meaning: add a `.v2`.
 * - `message.reply-requested.v1` on `Topics.outboundMessages`, keyed by thread key: send this through
 *   the customer's channel (produced by realtime for agents, by routing's self-service for the bot).
 * - `message.sent.v1` / `message.delivery-failed.v1` on `Topics.channelEvents`, keyed by thread key:
 *   the outcome (produced by ingestion after the provider call; `message.sent.v1` also by realtime
 *   for web chat replies, which need no provider).
 */
export const OutboundEventTypes = {
  replyRequested: 'message.reply-requested.v1',
  sent: 'message.sent.v1',
  deliveryFailed: 'message.delivery-failed.v1',
} as const;

export type OutboundEventType = (typeof OutboundEventTypes)[keyof typeof OutboundEventTypes];
