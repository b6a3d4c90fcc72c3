import type { Presence } from './routing-values';

/** Why an agent's presence changed. */
export type PresenceChangeCause = 'agent' | 'supervisor' | 'missed-offers' | 'wrap-up' | 'wrap-up-ended';

/** `routing.agent-presence-changed.v1` */
export interface AgentPresenceChangedPayload {
  readonly agentId: string;
  readonly presence: Presence;
  readonly previous: Presence;
  readonly cause: PresenceChangeCause;
  /** For `wrap-up`: when the agent becomes available again by themselves. */
  readonly until: string | null;
}
