import type { RoutingPolicy } from './engine/routing-engine';

/** What the composition root may set; everything else comes from `AppConfig`. */
export interface RoutingModuleOptions {
  /** Epoch ms. Tests pass a clock they move; default `Date.now`. */
  readonly clock?: () => number;
  readonly policy?: Partial<RoutingPolicy>;
  /** Consume `Topics.channelEvents` (group `router`) and enqueue inbound contacts (default true). */
  readonly consumeChannelEvents?: boolean;
  /** Run the routing engine's passes in this process (default true). A realtime-only process may set false and still use the facade. */
  readonly runEngine?: boolean;
  /** Serve the HTTP API (queues, agents, knowledge base, explanations; default true). Needs the identity module's guards. */
  readonly http?: boolean;
  /** Redis key prefix of the routing state (default `sb:routing`); tests use a unique one. */
  readonly redisKeyPrefix?: string;
}
