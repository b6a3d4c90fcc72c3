import type { Presence, RoutingChannel } from '../events/routing/routing-values';

/**
 * Routing's state as the consoles see it over the wire. The routing facade's `AgentView`,
 * `QueueFigures` and `AgentFigures` are these types; its `ContactView` adds fields to
 * `ConversationRoutingView`, and the realtime library's type-check holds the two together. Here
 * because the browser console imports contracts only.
 */
export type ChannelCounts = Readonly<Record<RoutingChannel, number>>;

export type RoutedContactStatus = 'self-service' | 'waiting' | 'offered' | 'assigned';

/** A conversation as routing sees it now; times are ISO-8601. */
export interface ConversationRoutingView {
  readonly conversationId: string;
  readonly queueId: string;
  readonly channel: RoutingChannel;
  readonly status: RoutedContactStatus;
  readonly priority: number;
  readonly vip: boolean;
  readonly waitingSince: string;
  readonly offer: { readonly offerId: string; readonly agentId: string; readonly expiresAt: string } | null;
  readonly assignedAgentId: string | null;
  readonly pinnedAgentId: string | null;
}

/** An agent's routing state; times are ISO-8601. */
export interface AgentPresenceView {
  readonly agentId: string;
  readonly presence: Presence;
  readonly presenceSince: string;
  readonly wrapUpUntil: string | null;
  readonly load: ChannelCounts;
  readonly capacity: ChannelCounts;
  readonly maxTotal: number;
  readonly offer: { readonly conversationId: string; readonly offerId: string; readonly channel: RoutingChannel } | null;
  readonly missesInARow: number;
  readonly idleSince: string;
}

/** One queue now and today (UTC). */
export interface QueueFiguresView {
  readonly queueId: string;
  readonly name: string;
  readonly waiting: number;
  readonly offered: number;
  readonly inSelfService: number;
  readonly assigned: number;
  readonly longestWaitSeconds: number;
  readonly serviceLevelTarget: { readonly percent: number; readonly withinSeconds: number };
  /** Percent answered within the target today; null before the first answered or abandoned contact. */
  readonly serviceLevelPercent: number | null;
  readonly answeredToday: number;
  readonly abandonedToday: number;
  readonly selfServiceResolvedToday: number;
  readonly missedOffersToday: number;
  /** Callback requests not yet accepted by an agent. */
  readonly callbacksWaiting: number;
  /** Calls that became callback requests today (neither answered nor abandoned). */
  readonly callbacksRequestedToday: number;
  /** Callback requests an agent accepted today. */
  readonly callbacksAnsweredToday: number;
  readonly agentsByPresence: Readonly<Record<Presence, number>>;
}

/** One agent now. */
export interface AgentFiguresView {
  readonly agentId: string;
  readonly displayName: string;
  readonly presence: Presence;
  readonly secondsInPresence: number;
  readonly load: ChannelCounts;
  readonly capacity: ChannelCounts;
  readonly totalLoad: number;
  readonly maxTotal: number;
  readonly offerPendingFor: string | null;
  readonly missesInARow: number;
}
