import type { Presence, RoutingChannel } from '@switchboard/contracts';
import { RoutingChannels } from '@switchboard/contracts';

export type ChannelCounts = Readonly<Record<RoutingChannel, number>>;

/** What an admin configures for an agent (a user with the agent role, keyed by user id). */
export interface AgentProfile {
  readonly agentId: string;
  readonly displayName: string;
  /** Skill name → level 1..10. */
  readonly skills: Readonly<Record<string, number>>;
  readonly languages: readonly string[];
  /** How many contacts of each kind at once, e.g. voice 1, chat 3, email 5. */
  readonly capacity: ChannelCounts;
  /** At most this many contacts at once, whatever their kinds. */
  readonly maxTotal: number;
  /** Time in `wrap-up` after finishing a contact before offers resume (0: straight back). */
  readonly wrapUpSeconds: number;
}

export const DEFAULT_CAPACITY: ChannelCounts = { voice: 1, chat: 3, email: 5, messaging: 3, social: 3 };

export function defaultAgentProfile(agentId: string): AgentProfile {
  return { agentId, displayName: agentId, skills: {}, languages: [], capacity: DEFAULT_CAPACITY, maxTotal: 5, wrapUpSeconds: 0 };
}

export function zeroCounts(): Record<RoutingChannel, number> {
  return { voice: 0, chat: 0, email: 0, messaging: 0, social: 0 };
}

/** The offer an agent is currently looking at: one at a time. */
export interface PendingOffer {
  readonly contactId: string;
  readonly offerId: string;
  readonly channel: RoutingChannel;
}

/**
 * An agent's live routing state. Capacity is copied from the profile so that the atomic checks of
 * an assignment need nothing else.
 */
export interface AgentState {
  readonly agentId: string;
  readonly presence: Presence;
  /** Epoch ms. */
  readonly presenceSince: number;
  /** Epoch ms at which a `wrap-up` ends by itself; null otherwise. */
  readonly wrapUpUntil: number | null;
  /** Contacts assigned now, per kind. */
  readonly load: ChannelCounts;
  readonly capacity: ChannelCounts;
  readonly maxTotal: number;
  readonly offer: PendingOffer | null;
  /** Epoch ms since which the agent has had no new work: the longest idle is preferred. */
  readonly idleSince: number;
  readonly missesInARow: number;
}

export function newAgentState(profile: AgentProfile, now: number): AgentState {
  return {
    agentId: profile.agentId,
    presence: 'offline',
    presenceSince: now,
    wrapUpUntil: null,
    load: zeroCounts(),
    capacity: profile.capacity,
    maxTotal: profile.maxTotal,
    offer: null,
    idleSince: now,
    missesInARow: 0,
  };
}

export function totalLoad(agent: Pick<AgentState, 'load'>): number {
  return RoutingChannels.reduce((sum, channel) => sum + agent.load[channel], 0);
}

/** Free for one more contact of `channel`: available, no offer pending, under both caps. */
export function hasRoomFor(agent: AgentState, channel: RoutingChannel): boolean {
  return (
    agent.presence === 'available' &&
    agent.offer === null &&
    agent.load[channel] < agent.capacity[channel] &&
    totalLoad(agent) < agent.maxTotal
  );
}
