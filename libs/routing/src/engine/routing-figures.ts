import { Presences, type Presence } from '@switchboard/contracts';
import { EMPTY_COUNTERS, dayOf, qualifiesFor, serviceLevelPercent, totalLoad, type ChannelCounts, type Contact, type ServiceLevelTarget } from '@switchboard/routing-domain';
import type { RoutingEngine } from './routing-engine';

/** One queue now and today (UTC), for supervisors. */
export interface QueueFigures {
  readonly queueId: string;
  readonly name: string;
  /** Live contacts waiting for an offer (callback requests are counted in `callbacksWaiting`). */
  readonly waiting: number;
  /** Live contacts with an offer pending. */
  readonly offered: number;
  readonly inSelfService: number;
  readonly assigned: number;
  /** Of the live contacts waiting or offered. */
  readonly longestWaitSeconds: number;
  /** Callback requests not yet accepted by an agent (waiting or offered). */
  readonly callbacksWaiting: number;
  readonly serviceLevelTarget: ServiceLevelTarget;
  /** Percent answered within the target today; null before the first answered or abandoned contact. */
  readonly serviceLevelPercent: number | null;
  readonly answeredToday: number;
  readonly abandonedToday: number;
  readonly selfServiceResolvedToday: number;
  readonly missedOffersToday: number;
  /** Calls that became callback requests today: not abandoned, and outside the service level. */
  readonly callbacksRequestedToday: number;
  /** Callback requests accepted by an agent today (not in `answeredToday`). */
  readonly callbacksAnsweredToday: number;
  /** Agents qualified for the queue's skills (and its language when required), by presence. */
  readonly agentsByPresence: Readonly<Record<Presence, number>>;
}

/** One agent now, for supervisors. */
export interface AgentFigures {
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
