import type { Presence, PresenceChangeCause, RoutingFact } from '@switchboard/contracts';
import { RoutingEventTypes } from '@switchboard/contracts';
import type { AgentState, Contact, OfferPlan } from '@switchboard/routing-domain';

/** Builders of the routing events' payloads from state changes: one place decides what is recorded. */

const iso = (ms: number) => new Date(ms).toISOString();
const waitedSeconds = (contact: Contact, now: number) => Math.max(0, Math.round((now - contact.waitingSince) / 1000));

export function contactQueued(contact: Contact): RoutingFact {
  return {
    type: RoutingEventTypes.contactQueued,
    payload: {
      contactId: contact.contactId,
      queueId: contact.queueId,
      channel: contact.channel,
      sourceChannel: contact.sourceChannel,
      channelId: contact.channelId,
      priority: contact.priority,
      vip: contact.vip,
      waitingSince: iso(contact.waitingSince),
      language: contact.language,
      mode: contact.status === 'self-service' ? 'self-service' : 'agent',
      affinityAgentId: contact.affinityAgentId,
      affinityUntil: contact.affinityUntil === null ? null : iso(contact.affinityUntil),
    },
  };
}

export function offerMade(plan: OfferPlan, contact: Contact): RoutingFact {
  const offer = contact.offer;
  if (!offer) throw new Error('offerMade needs an offered contact');
  return {
    type: RoutingEventTypes.offerMade,
    payload: {
      contactId: contact.contactId,
      offerId: offer.offerId,
      queueId: contact.queueId,
      agentId: offer.agentId,
      channel: contact.channel,
      offeredAt: iso(offer.offeredAt),
      expiresAt: iso(offer.expiresAt),
      timeoutSeconds: plan.timeoutSeconds,
      decision: plan.decision,
      ...(contact.callback ? { callback: true } : {}),
    },
  };
}

export function accepted(contact: Contact, offerId: string, withinSeconds: number): RoutingFact[] {
  const agentId = contact.assignedAgentId ?? '';
  const assignedAt = contact.assignedAt ?? contact.waitingSince;
  return [
    { type: RoutingEventTypes.offerAccepted, payload: { contactId: contact.contactId, offerId, agentId, queueId: contact.queueId } },
    {
      type: RoutingEventTypes.contactAssigned,
      payload: {
        contactId: contact.contactId,
        agentId,
        queueId: contact.queueId,
        channel: contact.channel,
        waitedSeconds: waitedSeconds(contact, assignedAt),
        withinServiceLevel: assignedAt - contact.waitingSince <= withinSeconds * 1000,
      },
    },
  ];
}

export function missed(kind: 'declined' | 'expired', contact: Contact, agent: AgentState, offerId: string, agentSetAway: boolean): RoutingFact {
  return {
    type: kind === 'declined' ? RoutingEventTypes.offerDeclined : RoutingEventTypes.offerExpired,
    payload: { contactId: contact.contactId, offerId, agentId: agent.agentId, queueId: contact.queueId, missesInARow: agent.missesInARow, agentSetAway },
  };
}

export function withdrawn(contactId: string, offerId: string, agentId: string, reason: string): RoutingFact {
  return { type: RoutingEventTypes.offerWithdrawn, payload: { contactId, offerId, agentId, reason } };
}

export function presenceChanged(agent: AgentState, previous: Presence, cause: PresenceChangeCause): RoutingFact {
  return {
    type: RoutingEventTypes.agentPresenceChanged,
    payload: { agentId: agent.agentId, presence: agent.presence, previous, cause, until: agent.wrapUpUntil === null ? null : iso(agent.wrapUpUntil) },
  };
}

export function abandoned(contact: Contact, now: number, reason: string): RoutingFact {
  return {
    type: RoutingEventTypes.contactAbandoned,
    payload: { contactId: contact.contactId, queueId: contact.queueId, waitedSeconds: waitedSeconds(contact, now), reason, withdrawnOfferId: contact.offer?.offerId ?? null },
  };
}

export function callbackRequested(contact: Contact, now: number, afterSeconds: number | null): RoutingFact {
  return {
    type: RoutingEventTypes.callbackRequested,
    payload: {
      contactId: contact.contactId,
      queueId: contact.queueId,
      reason: contact.callback?.reason ?? 'caller',
      afterSeconds,
      waitedSeconds: waitedSeconds(contact, now),
      waitingSince: iso(contact.waitingSince),
    },
  };
}

export function wrappedUp(contact: Contact, agentId: string, disposition: string | null, now: number): RoutingFact {
  return {
    type: RoutingEventTypes.contactWrappedUp,
    payload: {
      contactId: contact.contactId,
      agentId,
      queueId: contact.queueId,
      disposition,
      handledSeconds: Math.max(0, Math.round((now - (contact.assignedAt ?? now)) / 1000)),
    },
  };
}
