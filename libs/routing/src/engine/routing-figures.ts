import { Presences, type AgentFiguresView, type Presence, type QueueFiguresView } from '@switchboard/contracts';
import { EMPTY_COUNTERS, dayOf, qualifiesFor, serviceLevelPercent, totalLoad, type Contact } from '@switchboard/routing-domain';
import type { RoutingEngine } from './routing-engine';

/**
 * One queue now and today (UTC), and one agent now, for supervisors: the wire types the consoles
 * read (`libs/contracts/src/realtime/routing-views.ts`), defined once there.
 */
export type QueueFigures = QueueFiguresView;
export type AgentFigures = AgentFiguresView;

const inLine = (contact: Contact) => contact.status === 'waiting' || contact.status === 'offered';

const zeroPresences = (): Record<Presence, number> => Object.fromEntries(Presences.map((presence) => [presence, 0])) as Record<Presence, number>;

/** Supervisor figures computed from one read of the routing state. */
export class RoutingFigures {
  constructor(private readonly engine: RoutingEngine) {}

  async queues(tenantId: string): Promise<QueueFigures[]> {
    const now = this.engine.now();
    const [catalog, contacts, agents, counters] = await Promise.all([
      this.engine.catalogs.get(tenantId),
      this.engine.state.contacts(tenantId),
      this.engine.state.agents(tenantId),
      this.engine.state.counters(tenantId, dayOf(now)),
    ]);
    return [...catalog.queues.values()].map((queue) => {
      const mine = contacts.filter((contact) => contact.queueId === queue.id);
      const live = mine.filter((contact) => contact.callback === null);
      const lined = live.filter(inLine);
      const today = counters.get(queue.id) ?? EMPTY_COUNTERS;
      const byPresence = zeroPresences();
      for (const agent of agents) {
        const profile = catalog.profiles.get(agent.agentId);
        if (profile && qualifiesFor(profile, queue)) byPresence[agent.presence] += 1;
      }
      return {
        queueId: queue.id,
        name: queue.name,
        waiting: live.filter((contact) => contact.status === 'waiting').length,
        offered: live.filter((contact) => contact.status === 'offered').length,
        inSelfService: mine.filter((contact) => contact.status === 'self-service').length,
        assigned: mine.filter((contact) => contact.status === 'assigned').length,
        longestWaitSeconds: lined.reduce((longest, contact) => Math.max(longest, Math.round((now - contact.waitingSince) / 1000)), 0),
        callbacksWaiting: mine.filter((contact) => contact.callback !== null && inLine(contact)).length,
        serviceLevelTarget: queue.serviceLevel,
        serviceLevelPercent: serviceLevelPercent(today),
        answeredToday: today.answered,
        abandonedToday: today.abandoned,
        selfServiceResolvedToday: today.selfServiceResolved,
        missedOffersToday: today.missed,
        callbacksRequestedToday: today.callbacksRequested,
        callbacksAnsweredToday: today.callbacksAnswered,
        agentsByPresence: byPresence,
      };
    });
  }

  async agents(tenantId: string): Promise<AgentFigures[]> {
    const now = this.engine.now();
    const [catalog, agents] = await Promise.all([this.engine.catalogs.get(tenantId), this.engine.state.agents(tenantId)]);
    return agents
      .map((agent) => ({
        agentId: agent.agentId,
        displayName: catalog.profiles.get(agent.agentId)?.displayName ?? agent.agentId,
        presence: agent.presence,
        secondsInPresence: Math.max(0, Math.round((now - agent.presenceSince) / 1000)),
        load: agent.load,
        capacity: agent.capacity,
        totalLoad: totalLoad(agent),
        maxTotal: agent.maxTotal,
        offerPendingFor: agent.offer?.contactId ?? null,
        missesInARow: agent.missesInARow,
      }))
      .sort((a, b) => a.agentId.localeCompare(b.agentId));
  }
}
