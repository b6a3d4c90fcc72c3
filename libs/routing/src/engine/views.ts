import type { AgentPresenceView, RoutingChannel } from '@switchboard/contracts';
import type { AgentState, CallbackReason, Contact, ContactStatus } from '@switchboard/routing-domain';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** A contact as routing sees it now; times are ISO-8601. */
export interface ContactView {
  readonly conversationId: string;
  readonly queueId: string;
  readonly channel: RoutingChannel;
  readonly status: ContactStatus;
  readonly priority: number;
  readonly vip: boolean;
  readonly waitingSince: string;
  readonly offer: { readonly offerId: string; readonly agentId: string; readonly expiresAt: string } | null;
  readonly assignedAgentId: string | null;
  /** Set after a transfer or reassignment to a named agent. */
  readonly pinnedAgentId: string | null;
  // Optional so that views built elsewhere stay valid (the facade adds fields, never requires them); routing always sets them.
  /** When this assignment began (ISO-8601), for an assigned contact. */
  readonly assignedAt?: string | null;
  /** Set when the call became a request to call the customer back: the agent calls them. */
  readonly callback?: { readonly requestedAt: string; readonly reason: CallbackReason } | null;
}

/** An agent as routing sees them now; times are ISO-8601 (the consoles' wire type, defined once in contracts). */
export type AgentView = AgentPresenceView;

export function toContactView(contact: Contact): ContactView {
  return {
    conversationId: contact.contactId,
    queueId: contact.queueId,
    channel: contact.channel,
    status: contact.status,
    priority: contact.priority,
    vip: contact.vip,
    waitingSince: new Date(contact.waitingSince).toISOString(),
    offer: contact.offer ? { offerId: contact.offer.offerId, agentId: contact.offer.agentId, expiresAt: new Date(contact.offer.expiresAt).toISOString() } : null,
    assignedAgentId: contact.assignedAgentId,
    pinnedAgentId: contact.pinnedAgentId,
    assignedAt: iso(contact.assignedAt),
    callback: contact.callback ? { requestedAt: new Date(contact.callback.requestedAt).toISOString(), reason: contact.callback.reason } : null,
  };
}

export function toAgentView(agent: AgentState): AgentView {
  return {
    agentId: agent.agentId,
    presence: agent.presence,
    presenceSince: new Date(agent.presenceSince).toISOString(),
    wrapUpUntil: iso(agent.wrapUpUntil),
    load: agent.load,
    capacity: agent.capacity,
    maxTotal: agent.maxTotal,
    offer: agent.offer ? { conversationId: agent.offer.contactId, offerId: agent.offer.offerId, channel: agent.offer.channel } : null,
    missesInARow: agent.missesInARow,
    idleSince: new Date(agent.idleSince).toISOString(),
  };
}
