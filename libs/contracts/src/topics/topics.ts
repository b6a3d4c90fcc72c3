/**
 * Every Kafka topic Switchboard uses, in one place. Names carry a version: a topic whose
 * message shape changes incompatibly gets a new name, never a new meaning.
 */
export const Topics = {
  /** Canonical events normalised from channel webhooks and the chat widget; keyed by conversation key. */
  channelEvents: 'switchboard.channel-events.v1',
  /** Domain events recorded in the event store, fanned out for routing, realtime and analytics; keyed by stream. */
  domainEvents: 'switchboard.domain-events.v1',
  /** Replies and other outbound messages to deliver through a channel; keyed by conversation. */
  outboundMessages: 'switchboard.outbound-messages.v1',
  /** Routing decisions, offers and assignments; keyed by conversation. */
  routingEvents: 'switchboard.routing-events.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const ALL_TOPICS: readonly TopicName[] = Object.values(Topics);

/** Poison messages of `topic` go here after their retries, with the failure in headers. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
