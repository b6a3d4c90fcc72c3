import type { Presence } from '@switchboard/contracts';
import type { AgentState } from '../model/agent';

/**
 * An agent's presence set by themselves or a supervisor. Coming back to `available` forgives earlier
 * misses. Leaving `available` with an offer pending is handled by the caller (the offer is withdrawn).
 */
export function changePresence(agent: AgentState, presence: Presence, now: number, wrapUpUntil: number | null = null): AgentState {
  if (agent.presence === presence && agent.wrapUpUntil === wrapUpUntil) return agent;
  return {
    ...agent,
    presence,
    presenceSince: agent.presence === presence ? agent.presenceSince : now,
    wrapUpUntil: presence === 'wrap-up' ? wrapUpUntil : null,
    missesInARow: presence === 'available' ? 0 : agent.missesInARow,
    // Becoming available starts an idle period; the longest idle is offered first.
    idleSince: presence === 'available' && agent.presence !== 'available' ? now : agent.idleSince,
  };
}

/** A wrap-up with a timer ends by itself. */
export function wrapUpEnded(agent: AgentState, now: number): boolean {
  return agent.presence === 'wrap-up' && agent.wrapUpUntil !== null && agent.wrapUpUntil <= now;
}
