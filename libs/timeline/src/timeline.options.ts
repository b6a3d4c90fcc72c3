/** What the composition root tells the timeline; taken from AppConfig there, never from the environment here. */
export interface TimelineModuleOptions {
  /**
   * Master secret (at least 32 characters) that the identity-hash key and the key-encryption key
   * are derived from. Absent: one is generated on first start and kept in the database, which is
   * fine for the embedded mode but means a database copy holds what unwraps the keys.
   */
  readonly secret?: string;
  /** A messaging sender quiet for longer than this starts a new conversation. Default 24 h. */
  readonly messagingInactivityGapMs?: number;
  /** `/health/ready` reports the projection down beyond this many events behind the store. Default 10,000. */
  readonly maxProjectionLagEvents?: number;
  /** Consume `switchboard.channel-events.v1` (default true). */
  readonly consumeChannelEvents?: boolean;
  /** The topic consumed; tests on a shared broker use their own. Default `Topics.channelEvents`. */
  readonly channelEventsTopic?: string;
  /** Consumer group on the channel-events topic. Default `timeline`. */
  readonly consumerGroupId?: string;
  /** Consume `switchboard.routing-events.v1`, routing's decisions, as conversations' routing history (default true). */
  readonly consumeRoutingEvents?: boolean;
  /** The routing-events topic consumed; tests on a shared broker use their own. Default `Topics.routingEvents`. */
  readonly routingEventsTopic?: string;
  /** Consumer group on the routing-events topic. Default `timeline-routing`. */
  readonly routingConsumerGroupId?: string;
  /**
   * Consumers this process runs in the group. The bus hands each a share of the partitions, so
   * channel events of different threads are taken in parallel while one thread keeps its order.
   * Default 4.
   */
  readonly consumers?: number;
  /** Run the timeline projection in this process (default true; run it in one process per deployment or more, it is safe). */
  readonly runProjection?: boolean;
  readonly projection?: { readonly pageSize?: number; readonly pollIntervalMs?: number };
}

export const TIMELINE_OPTIONS = 'switchboard:TimelineOptions';

export const DEFAULT_INACTIVITY_GAP_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_MAX_PROJECTION_LAG = 10_000;
export const DEFAULT_CONSUMER_GROUP = 'timeline';
export const DEFAULT_CONSUMERS = 4;
export const DEFAULT_ROUTING_CONSUMER_GROUP = 'timeline-routing';
