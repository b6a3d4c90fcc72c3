import type { AgentState } from '../model/agent';
import type { Contact } from '../model/contact';
import { changePresence } from './presence-transitions';
import { refuse, type Refused } from './transition';

/**
 * Abandonment: the customer left before an agent accepted. A pending offer is withdrawn. A callback
 * request is not abandoned: the caller hanging up is expected once a call back was promised.
 */
export function abandonContact(contact: Contact, agent: AgentState | null): { readonly ok: true; readonly agent: AgentState | null } | Refused {
  if (contact.callback !== null) return refuse('contact-is-callback');
  if (contact.status === 'assigned') return refuse('contact-assigned');
  if (contact.status === 'offered' && agent && agent.offer?.offerId === contact.offer?.offerId) return { ok: true, agent: { ...agent, offer: null } };
  return { ok: true, agent: null };
}

/**
 * The agent finished the contact: its capacity is free again. With a wrap-up time, an available
 * agent stays in `wrap-up` (no offers) until the timer ends.
 */
export function wrapUpContact(contact: Contact, agent: AgentState, now: number, wrapUpSeconds: number): { readonly ok: true; readonly agent: AgentState } | Refused {
  if (contact.status !== 'assigned' || contact.assignedAgentId !== agent.agentId) return refuse('contact-not-assigned');
  const released: AgentState = { ...agent, load: { ...agent.load, [contact.channel]: Math.max(0, agent.load[contact.channel] - 1) }, idleSince: now };
  if (wrapUpSeconds <= 0 || agent.presence !== 'available') return { ok: true, agent: released };
  return { ok: true, agent: changePresence(released, 'wrap-up', now, now + wrapUpSeconds * 1000) };
}

export interface RequeueTarget {
  readonly queueId: string;
  readonly pinnedAgentId: string | null;
  readonly priority: number;
  /** A transferred conversation starts a new wait; a reassigned waiting one keeps its place in time. */
  readonly waitingSince: number;
}

/** Transfer or reassignment: the contact waits again, in another queue or for a named agent. */
export function requeueContact(contact: Contact, agent: AgentState | null, target: RequeueTarget, now: number): { readonly ok: true; readonly contact: Contact; readonly agent: AgentState | null } | Refused {
  if (contact.status === 'self-service') return refuse('contact-not-waiting');
  let released: AgentState | null = null;
  if (contact.status === 'assigned' && agent && contact.assignedAgentId === agent.agentId) {
    released = { ...agent, load: { ...agent.load, [contact.channel]: Math.max(0, agent.load[contact.channel] - 1) }, idleSince: now };
  } else if (contact.status === 'offered' && agent && agent.offer?.offerId === contact.offer?.offerId) {
    released = { ...agent, offer: null };
  }
  return {
    ok: true,
    agent: released,
    contact: {
      ...contact,
      status: 'waiting',
      queueId: target.queueId,
      pinnedAgentId: target.pinnedAgentId,
      priority: target.priority,
      waitingSince: target.waitingSince,
      offer: null,
      assignedAgentId: null,
      assignedAt: null,
      affinityAgentId: null,
      affinityUntil: null,
      // The agent it is taken from is passed over while anyone else can take it (a transfer to a
      // queue should reach someone else), yet still offered it when nobody else is free.
      missedBy: released ? [released.agentId] : [],
      overflowApplied: [],
    },
  };
}

/** "I need a person": a self-service contact joins its queue, its wait starting now. */
export function requestAgent(contact: Contact, now: number): { readonly ok: true; readonly contact: Contact } | Refused {
  if (contact.status !== 'self-service') return refuse('contact-not-self-service');
  return { ok: true, contact: { ...contact, status: 'waiting', waitingSince: now } };
}

/** "This helped": closes a contact nobody has accepted yet as resolved by self-service. */
export function resolveBySelfService(contact: Contact): { readonly ok: true } | Refused {
  if (contact.status !== 'self-service' && contact.status !== 'waiting') return refuse('contact-not-waiting');
  return { ok: true };
}
