import type { Presence, RoutingChannel } from '@switchboard/contracts';
import {
  EMPTY_COUNTERS,
  abandonContact,
  acceptOffer,
  changePresence,
  compareContacts,
  hasRoomFor,
  makeOffer,
  missOffer,
  newAgentState,
  refuse,
  requestAgent,
  requestCallback,
  requeueContact,
  resolveBySelfService,
  withdrawOffer,
  wrapUpContact,
  wrapUpEnded,
  type AgentProfile,
  type AgentState,
  type Contact,
  type FreeAgent,
  type LastAgent,
  type Queue,
  type QueueCounters,
} from '@switchboard/routing-domain';
import type { RoutingState, ServiceLevelClock } from '../routing-state';

interface TenantState {
  version: number;
  readonly queues: Map<string, Queue>;
  readonly profiles: Map<string, AgentProfile>;
  readonly agents: Map<string, AgentState>;
  readonly contacts: Map<string, Contact>;
  readonly lastAgents: Map<string, LastAgent>;
  /** `${day}|${queueId}` → counters. */
  readonly counters: Map<string, QueueCounters>;
}

function emptyTenant(): TenantState {
  return { version: 0, queues: new Map(), profiles: new Map(), agents: new Map(), contacts: new Map(), lastAgents: new Map(), counters: new Map() };
}

const copy = <T>(value: T): T => structuredClone(value);

/**
 * The embedded adapter: the whole routing state in this process's memory. Each method runs to the
 * end without awaiting anything, which makes it atomic in Node's single thread: the same guarantee
 * the Redis adapter gets from running each change as one Lua script. Values handed out are copies.
 */
export function createMemoryRoutingState(): RoutingState {
  const tenants = new Map<string, TenantState>();
  const leases = new Map<string, { routerId: string; until: number }>();
  const tenant = (tenantId: string): TenantState => {
    let found = tenants.get(tenantId);
    if (!found) tenants.set(tenantId, (found = emptyTenant()));
    return found;
  };
  const count = (t: TenantState, day: string, queueId: string, field: keyof QueueCounters, by = 1) => {
    const key = `${day}|${queueId}`;
    const current = t.counters.get(key) ?? EMPTY_COUNTERS;
    t.counters.set(key, { ...current, [field]: current[field] + by });
  };
  const within = (contact: Contact, now: number, clock: ServiceLevelClock) => now - contact.waitingSince <= clock.withinSeconds * 1000;

  const state: RoutingState = {
    kind: 'memory',
    async tenants() {
      return [...tenants.keys()];
    },
    async claimTimedPasses(routerId, tenantIds, now, ttlMs) {
      return tenantIds.filter((tenantId) => {
        const held = leases.get(tenantId);
        if (held && held.routerId !== routerId && held.until > now) return false;
        leases.set(tenantId, { routerId, until: now + ttlMs });
        return true;
      });
    },
    async releaseTimedPasses(routerId) {
      for (const [tenantId, held] of leases) if (held.routerId === routerId) leases.delete(tenantId);
    },

    async putQueue(tenantId, queue) {
      const t = tenant(tenantId);
      t.queues.set(queue.id, copy(queue));
      t.version += 1;
    },
    async removeQueue(tenantId, queueId) {
      const t = tenant(tenantId);
      t.queues.delete(queueId);
      t.version += 1;
    },
    async putProfile(tenantId, profile, now) {
      const t = tenant(tenantId);
      t.profiles.set(profile.agentId, copy(profile));
      t.version += 1;
      const current = t.agents.get(profile.agentId);
      const agent = current ? { ...current, capacity: profile.capacity, maxTotal: profile.maxTotal } : newAgentState(profile, now);
      t.agents.set(profile.agentId, agent);
      return copy(agent);
    },
    async catalogVersion(tenantId) {
      return tenant(tenantId).version;
    },
    async catalog(tenantId) {
      const t = tenant(tenantId);
      return { version: t.version, queues: copy([...t.queues.values()]), profiles: copy([...t.profiles.values()]) };
    },

    async contact(tenantId, contactId) {
      const found = tenant(tenantId).contacts.get(contactId);
      return found ? copy(found) : null;
    },
    async contacts(tenantId) {
      return copy([...tenant(tenantId).contacts.values()]);
    },
    async agent(tenantId, agentId) {
      const found = tenant(tenantId).agents.get(agentId);
      return found ? copy(found) : null;
    },
    async agents(tenantId) {
      return copy([...tenant(tenantId).agents.values()]);
    },
    async assignedTo(tenantId, agentId) {
      return copy([...tenant(tenantId).contacts.values()].filter((contact) => contact.status === 'assigned' && contact.assignedAgentId === agentId));
    },
    async waitingHeads(tenantId, perQueue) {
      const byQueue = new Map<string, Contact[]>();
      for (const contact of tenant(tenantId).contacts.values()) {
        if (contact.status !== 'waiting') continue;
        const line = byQueue.get(contact.queueId) ?? [];
        line.push(contact);
        byQueue.set(contact.queueId, line);
      }
      return copy([...byQueue.values()].flatMap((line) => line.sort(compareContacts).slice(0, perQueue)));
    },
    async freeAgents(tenantId, channels) {
      const free = new Map<RoutingChannel, FreeAgent[]>();
      const agents = [...tenant(tenantId).agents.values()];
      for (const channel of channels) {
        free.set(
          channel,
          agents.filter((agent) => hasRoomFor(agent, channel)).map((agent) => ({ agentId: agent.agentId, idleSince: agent.idleSince })).sort((a, b) => a.idleSince - b.idleSince),
        );
      }
      return free;
    },
    async board(tenantId, perQueue) {
      const waiting = await state.waitingHeads(tenantId, perQueue);
      const free = await state.freeAgents(tenantId, [...new Set(waiting.map((contact) => contact.channel))]);
      return { catalogVersion: tenant(tenantId).version, waiting, free };
    },
    async dueOffers(tenantId, now, limit) {
      const due: { contactId: string; offerId: string; agentId: string }[] = [];
      for (const contact of tenant(tenantId).contacts.values()) {
        if (contact.status === 'offered' && contact.offer && contact.offer.expiresAt <= now) due.push({ contactId: contact.contactId, offerId: contact.offer.offerId, agentId: contact.offer.agentId });
      }
      return due.slice(0, limit);
    },
    async dueWrapUps(tenantId, now, limit) {
      return [...tenant(tenantId).agents.values()].filter((agent) => wrapUpEnded(agent, now)).map((agent) => agent.agentId).slice(0, limit);
    },
    async lastAgent(tenantId, customerKey) {
      const found = tenant(tenantId).lastAgents.get(customerKey);
      return found ? copy(found) : null;
    },
    async counters(tenantId, day) {
      const result = new Map<string, QueueCounters>();
      for (const [key, value] of tenant(tenantId).counters) {
        const [counterDay, queueId] = key.split('|');
        if (counterDay === day && queueId !== undefined) result.set(queueId, { ...value });
      }
      return result;
    },

    async enqueue(tenantId, contact) {
      const t = tenant(tenantId);
      const existing = t.contacts.get(contact.contactId);
      if (existing) return { created: false, contact: copy(existing) };
      t.contacts.set(contact.contactId, copy(contact));
      return { created: true, contact: copy(contact) };
    },
    async offer(tenantId, contactId, agentId, offer) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      const agent = t.agents.get(agentId);
      if (!contact) return refuse('contact-unknown');
      if (!agent) return refuse('agent-unknown');
      const change = makeOffer(contact, agent, offer);
      if (!change.ok) return change;
      t.contacts.set(contactId, change.contact);
      t.agents.set(agentId, change.agent);
      count(t, offer.day, contact.queueId, 'offered');
      return copy(change);
    },
    async accept(tenantId, contactId, agentId, offerId, now, clock) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      const agent = t.agents.get(agentId);
      if (!contact) return refuse('contact-unknown');
      if (!agent) return refuse('agent-unknown');
      const change = acceptOffer(contact, agent, offerId, now);
      if (!change.ok) return change;
      t.contacts.set(contactId, change.contact);
      t.agents.set(agentId, change.agent);
      if (contact.callback !== null) count(t, clock.day, contact.queueId, 'callbacksAnswered');
      else {
        count(t, clock.day, contact.queueId, 'answered');
        if (within(contact, now, clock)) count(t, clock.day, contact.queueId, 'answeredWithinTarget');
      }
      return copy(change);
    },
    async miss(tenantId, contactId, agentId, offerId, kind, now, policy) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      const agent = t.agents.get(agentId);
      if (!contact) return refuse('contact-unknown');
      if (!agent) return refuse('agent-unknown');
      const change = missOffer(contact, agent, offerId, kind, now, policy);
      if (!change.ok) return change;
      t.contacts.set(contactId, change.contact);
      t.agents.set(agentId, change.agent);
      count(t, policy.day, contact.queueId, 'missed');
      return copy(change);
    },
    async setPresence(tenantId, agentId, presence: Presence, now, options = {}) {
      const t = tenant(tenantId);
      const agent = t.agents.get(agentId);
      if (!agent) return refuse('agent-unknown');
      if (options.onlyIfWrapUpDue && !wrapUpEnded(agent, now)) return refuse('agent-not-available');
      let current = agent;
      let withdrawn: { contactId: string; offerId: string } | null = null;
      const offered = agent.offer ? t.contacts.get(agent.offer.contactId) : undefined;
      if (presence !== 'available' && agent.offer && offered) {
        const change = withdrawOffer(offered, agent);
        if (change.ok) {
          withdrawn = { contactId: offered.contactId, offerId: agent.offer.offerId };
          t.contacts.set(offered.contactId, change.contact);
          current = change.agent;
        }
      }
      const changed = changePresence(current, presence, now);
      t.agents.set(agentId, changed);
      return { ok: true, previous: agent.presence, agent: copy(changed), withdrawn };
    },
    async abandon(tenantId, contactId, now, clock) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      if (!contact) return refuse('contact-unknown');
      const agent = contact.offer ? (t.agents.get(contact.offer.agentId) ?? null) : null;
      const change = abandonContact(contact, agent);
      if (!change.ok) return change;
      if (change.agent) t.agents.set(change.agent.agentId, change.agent);
      t.contacts.delete(contactId);
      if (contact.status !== 'self-service') {
        count(t, clock.day, contact.queueId, 'abandoned');
        if (within(contact, now, clock)) count(t, clock.day, contact.queueId, 'abandonedWithinTarget');
      }
      return { ok: true, contact: copy(contact), withdrawnFrom: change.agent ? copy(change.agent) : null };
    },
    async wrapUp(tenantId, contactId, agentId, now, wrapUpSeconds) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      const agent = t.agents.get(agentId);
      if (!contact) return refuse('contact-unknown');
      if (!agent) return refuse('agent-unknown');
      const change = wrapUpContact(contact, agent, now, wrapUpSeconds);
      if (!change.ok) return change;
      t.agents.set(agentId, change.agent);
      t.contacts.delete(contactId);
      if (contact.customerKey) t.lastAgents.set(contact.customerKey, { agentId, at: now });
      return { ok: true, contact: copy(contact), agent: copy(change.agent), previous: agent.presence };
    },
    async requeue(tenantId, contactId, target, now) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      if (!contact) return refuse('contact-unknown');
      const holderId = contact.status === 'assigned' ? contact.assignedAgentId : (contact.offer?.agentId ?? null);
      const holder = holderId ? (t.agents.get(holderId) ?? null) : null;
      const change = requeueContact(contact, holder, target, now);
      if (!change.ok) return change;
      t.contacts.set(contactId, change.contact);
      if (change.agent) t.agents.set(change.agent.agentId, change.agent);
      return { ok: true, before: copy(contact), contact: copy(change.contact), released: change.agent ? copy(change.agent) : null };
    },
    async requestAgent(tenantId, contactId, now) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      if (!contact) return refuse('contact-unknown');
      const change = requestAgent(contact, now);
      if (!change.ok) return change;
      t.contacts.set(contactId, change.contact);
      return copy(change);
    },
    async resolveBySelfService(tenantId, contactId, day) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      if (!contact) return refuse('contact-unknown');
      const change = resolveBySelfService(contact);
      if (!change.ok) return change;
      t.contacts.delete(contactId);
      count(t, day, contact.queueId, 'selfServiceResolved');
      return { ok: true, contact: copy(contact) };
    },
    async requestCallback(tenantId, contactId, now, reason, day) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      if (!contact) return refuse('contact-unknown');
      const change = requestCallback(contact, now, reason);
      if (!change.ok) return change;
      t.contacts.set(contactId, change.contact);
      count(t, day, contact.queueId, 'callbacksRequested');
      return copy(change);
    },
    async markOverflow(tenantId, contactId, stepIndex) {
      const t = tenant(tenantId);
      const contact = t.contacts.get(contactId);
      if (!contact || contact.overflowApplied.includes(stepIndex)) return false;
      t.contacts.set(contactId, { ...contact, overflowApplied: [...contact.overflowApplied, stepIndex] });
      return true;
    },
    async close() {
      tenants.clear();
      leases.clear();
    },
  };
  return state;
}

