import { RoutingChannels, RoutingEventTypes, type RoutingEvent } from '@switchboard/contracts';
import { totalLoad } from '@switchboard/routing-domain';
import type { RoutingState } from '../state/routing-state';

/**
 * The two promises routing makes whatever the interleaving of routers, agents and customers:
 * no contact is assigned to two agents, and no agent holds more than their capacity. Checked
 * against the state itself (the records the atomic scripts maintain) and against the events; and
 * each agent's list of assigned contacts is exactly what the contacts say.
 */
export async function assertRoutingInvariants(state: RoutingState, tenantId: string, events: readonly RoutingEvent[]): Promise<void> {
  const [contacts, agents] = await Promise.all([state.contacts(tenantId), state.agents(tenantId)]);
  const byId = new Map(agents.map((agent) => [agent.agentId, agent]));
  const held = new Map<string, Record<string, number>>();
  for (const contact of contacts) {
    if (contact.status === 'assigned') {
      if (!contact.assignedAgentId || !byId.has(contact.assignedAgentId)) throw new Error(`contact ${contact.contactId} assigned to unknown agent ${contact.assignedAgentId}`);
      const counts = held.get(contact.assignedAgentId) ?? {};
      counts[contact.channel] = (counts[contact.channel] ?? 0) + 1;
      held.set(contact.assignedAgentId, counts);
    } else if (contact.assignedAgentId !== null) {
      throw new Error(`contact ${contact.contactId} is ${contact.status} but names agent ${contact.assignedAgentId}`);
    }
    if (contact.status === 'offered') {
      const agent = contact.offer ? byId.get(contact.offer.agentId) : undefined;
      if (!agent || agent.offer?.offerId !== contact.offer?.offerId) throw new Error(`contact ${contact.contactId} offered to ${contact.offer?.agentId}, who does not hold that offer`);
    }
  }
  const offeredTo = new Map<string, string>();
  for (const agent of agents) {
    const counts = held.get(agent.agentId) ?? {};
    for (const channel of RoutingChannels) {
      const assigned = counts[channel] ?? 0;
      if (agent.load[channel] !== assigned) throw new Error(`agent ${agent.agentId} load ${channel}=${agent.load[channel]} but ${assigned} contacts assigned`);
      if (assigned > agent.capacity[channel]) throw new Error(`agent ${agent.agentId} over ${channel} capacity: ${assigned} > ${agent.capacity[channel]}`);
    }
    if (totalLoad(agent) > agent.maxTotal) throw new Error(`agent ${agent.agentId} over total cap: ${totalLoad(agent)} > ${agent.maxTotal}`);
    const listed = (await state.assignedTo(tenantId, agent.agentId)).map((contact) => contact.contactId).sort();
    const holding = contacts.filter((contact) => contact.status === 'assigned' && contact.assignedAgentId === agent.agentId).map((contact) => contact.contactId).sort();
    if (listed.join() !== holding.join()) throw new Error(`agent ${agent.agentId} lists ${listed.join() || 'nothing'} as assigned but holds ${holding.join() || 'nothing'}`);
    if (agent.offer) {
      if (offeredTo.has(agent.offer.contactId)) throw new Error(`contact ${agent.offer.contactId} offered to two agents`);
      offeredTo.set(agent.offer.contactId, agent.agentId);
    }
  }
  assertNoDoubleAssignment(events);
}

/** Per contact, every assignment is followed by a release (wrap-up or transfer) before the next. */
export function assertNoDoubleAssignment(events: readonly RoutingEvent[]): void {
  const balance = new Map<string, number>();
  for (const event of events) {
    if (event.type === RoutingEventTypes.contactAssigned) balance.set(event.payload.contactId, (balance.get(event.payload.contactId) ?? 0) + 1);
    else if (event.type === RoutingEventTypes.contactWrappedUp || (event.type === RoutingEventTypes.contactTransferred && event.payload.fromAgentId !== null)) {
      balance.set(event.payload.contactId, (balance.get(event.payload.contactId) ?? 0) - 1);
    }
  }
  for (const [contactId, open] of balance) if (open > 1) throw new Error(`contact ${contactId} assigned ${open} times without release`);
}
