import { hasRoomFor, totalLoad, type AgentState } from '../model/agent';
import type { Contact } from '../model/contact';
import { refuse, type Refused } from './transition';

/**
 * The rules of an offer's life, as pure functions over one contact and one agent. The memory
 * adapter applies them as they are; the Redis adapter's Lua scripts apply the same rules (the
 * shared contract suite holds both to them).
 */

export type OfferChange = { readonly ok: true; readonly contact: Contact; readonly agent: AgentState } | Refused;

export interface NewOffer {
  readonly offerId: string;
  readonly now: number;
  readonly timeoutSeconds: number;
}

export function makeOffer(contact: Contact, agent: AgentState, offer: NewOffer): OfferChange {
  if (contact.status !== 'waiting') return refuse('contact-not-waiting');
  if (contact.pinnedAgentId !== null && contact.pinnedAgentId !== agent.agentId) return refuse('agent-not-pinned');
  if (agent.presence !== 'available') return refuse('agent-not-available');
  if (agent.offer !== null) return refuse('agent-has-offer');
  if (!hasRoomFor(agent, contact.channel)) return refuse('agent-at-capacity');
  const expiresAt = offer.now + offer.timeoutSeconds * 1000;
  return {
    ok: true,
    contact: { ...contact, status: 'offered', offer: { offerId: offer.offerId, agentId: agent.agentId, offeredAt: offer.now, expiresAt } },
    agent: { ...agent, offer: { contactId: contact.contactId, offerId: offer.offerId, channel: contact.channel } },
  };
}

function isCurrentOffer(contact: Contact, agent: AgentState, offerId: string): boolean {
  return contact.status === 'offered' && contact.offer?.offerId === offerId && contact.offer.agentId === agent.agentId && agent.offer?.offerId === offerId;
}

/** Accepting turns the offer into an assignment, counted against the agent's capacity until wrap-up. */
export function acceptOffer(contact: Contact, agent: AgentState, offerId: string, now: number): OfferChange {
  if (!isCurrentOffer(contact, agent, offerId)) return refuse('offer-not-current');
  if (now >= (contact.offer?.expiresAt ?? 0)) return refuse('offer-expired');
  // Capacity was checked when offering; checked again because an admin may have lowered it since.
  if (agent.load[contact.channel] >= agent.capacity[contact.channel] || totalLoad(agent) >= agent.maxTotal) return refuse('agent-at-capacity');
  return {
    ok: true,
    contact: { ...contact, status: 'assigned', offer: null, assignedAgentId: agent.agentId, assignedAt: now, pinnedAgentId: null },
    agent: { ...agent, offer: null, load: { ...agent.load, [contact.channel]: agent.load[contact.channel] + 1 }, idleSince: now, missesInARow: 0 },
  };
}

export type MissKind = 'declined' | 'expired';

export interface MissPolicy {
  /** Offers missed in a row after which the agent is set away. */
  readonly maxMissesInARow: number;
}

export type MissChange = (OfferChange & { readonly ok: true; readonly agentSetAway: boolean }) | Refused;

/**
 * A declined or expired offer: the contact goes back to its place (its `waitingSince` is kept) and
 * the agent is marked missed; enough misses in a row and the agent is set away.
 */
export function missOffer(contact: Contact, agent: AgentState, offerId: string, kind: MissKind, now: number, policy: MissPolicy): MissChange {
  if (!isCurrentOffer(contact, agent, offerId)) return refuse('offer-not-current');
  if (kind === 'expired' && now < (contact.offer?.expiresAt ?? 0)) return refuse('offer-not-due');
  const misses = agent.missesInARow + 1;
  const setAway = misses >= policy.maxMissesInARow && agent.presence === 'available';
  return {
    ok: true,
    agentSetAway: setAway,
    contact: { ...contact, status: 'waiting', offer: null, missedBy: [...contact.missedBy, agent.agentId] },
    agent: { ...agent, offer: null, missesInARow: misses, ...(setAway ? { presence: 'away' as const, presenceSince: now, wrapUpUntil: null } : {}) },
  };
}

/** The offer ends without the agent's doing (customer left, reassigned, agent went away): no miss. */
export function withdrawOffer(contact: Contact, agent: AgentState): OfferChange {
  if (contact.status !== 'offered' || contact.offer?.agentId !== agent.agentId || agent.offer?.offerId !== contact.offer.offerId) return refuse('offer-not-current');
  return { ok: true, contact: { ...contact, status: 'waiting', offer: null }, agent: { ...agent, offer: null } };
}
