import type { AgentPresenceView } from '@switchboard/contracts/realtime';
import { RoutingChannels } from '../../shared/api/routing.types';

/** "chat 1/3 · email 0/5 · total 1/5": the agent's load against what they may hold. */
export function capacityLabel(presence: AgentPresenceView | null): string | null {
  if (!presence) return null;
  const used = RoutingChannels.filter((channel) => presence.capacity[channel] > 0).map((channel) => `${channel} ${presence.load[channel]}/${presence.capacity[channel]}`);
  const total = RoutingChannels.reduce((sum, channel) => sum + presence.load[channel], 0);
  return [...used, `total ${total}/${presence.maxTotal}`].join(' · ');
}
