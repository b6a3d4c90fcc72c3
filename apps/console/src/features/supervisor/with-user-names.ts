import type { AgentFiguresView } from '@switchboard/contracts/realtime';
import type { User } from '../../shared/api/identity.types';

/** Agents named as their users are (routing falls back to the user id when no profile names them). */
export function withUserNames(agents: readonly AgentFiguresView[], users: readonly User[]): AgentFiguresView[] {
  const names = new Map(users.map((user) => [user.id, user.displayName]));
  return agents.map((agent) => {
    const name = names.get(agent.agentId);
    return name && agent.displayName === agent.agentId ? { ...agent, displayName: name } : agent;
  });
}
