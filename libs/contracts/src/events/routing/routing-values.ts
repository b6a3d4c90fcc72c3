/**
 * Values shared by routing events and the routing API: what kind of work a contact is, and the
 * states an agent can be in. Defined here so that the router, the realtime gateways and the
 * console agree on the words.
 */

/** The kinds of work an agent's capacity is counted in (e.g. voice 1, chat 3, email 5). */
export const RoutingChannels = ['voice', 'chat', 'email', 'messaging', 'social'] as const;
export type RoutingChannel = (typeof RoutingChannels)[number];

export function isRoutingChannel(value: unknown): value is RoutingChannel {
  return typeof value === 'string' && (RoutingChannels as readonly string[]).includes(value);
}

/** An agent's presence. Only `available` agents are offered contacts. */
export const Presences = ['offline', 'available', 'away', 'busy', 'wrap-up'] as const;
export type Presence = (typeof Presences)[number];

export function isPresence(value: unknown): value is Presence {
  return typeof value === 'string' && (Presences as readonly string[]).includes(value);
}

/** What an overflow step does once a contact has waited long enough. */
export const OverflowActions = ['relax-skills', 'add-queue-agents', 'offer-callback', 'offer-self-service'] as const;
export type OverflowAction = (typeof OverflowActions)[number];

/** One agent as the router saw it when choosing whom to offer a contact to. */
export interface CandidateReport {
  readonly agentId: string;
  readonly eligible: boolean;
  /** Sum over the queue's required skills of (agent level - required level); higher fits better. */
  readonly skillFit: number;
  /** When the agent last finished or was last given work (ISO-8601); longest idle wins ties. */
  readonly idleSince: string | null;
  /** Why the agent was or was not eligible, in words an admin understands. */
  readonly reason: string;
}

/** Why the router offered a contact to the agent it chose. */
export interface RoutingDecisionRecord {
  /** `affinity`: the agent who last served the customer; `pinned`: a transfer or reassignment named the agent; `best-fit`: best skill fit, then longest idle. */
  readonly rule: 'affinity' | 'pinned' | 'best-fit';
  readonly because: string;
  /** How many agents free on the contact's channel were looked at. */
  readonly candidatesConsidered: number;
  /** The best few candidates in ranking order (the winner first), and the first few rejected ones. */
  readonly candidates: readonly CandidateReport[];
  /** Overflow steps in force for this contact when it was matched. */
  readonly overflowSteps: readonly OverflowAction[];
}
