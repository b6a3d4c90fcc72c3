import type { OverflowAction, RoutingChannel } from './routing-values';

/** `routing.contact-queued.v1`: a conversation needs an agent (or self-service first). */
export interface ContactQueuedPayload {
  readonly contactId: string;
  readonly queueId: string;
  readonly channel: RoutingChannel;
  /** The channel kind the contact came in on (`sms`, `whatsapp`, `chat`, `voice`, ...). */
  readonly sourceChannel: string;
  readonly channelId: string | null;
  readonly priority: number;
  readonly vip: boolean;
  readonly waitingSince: string;
  readonly language: string | null;
  /** `self-service`: the customer gets knowledge-base answers first and is routed when they ask for a person. */
  readonly mode: 'agent' | 'self-service';
  /** The agent who last served this customer, offered first while `affinityUntil` has not passed. */
  readonly affinityAgentId: string | null;
  readonly affinityUntil: string | null;
}

/** `routing.agent-requested.v1`: a self-service customer asked for a person; the contact now waits in its queue. */
export interface AgentRequestedPayload {
  readonly contactId: string;
  readonly queueId: string;
  readonly waitingSince: string;
}

/** `routing.contact-abandoned.v1`: the customer left or hung up before an agent accepted. */
export interface ContactAbandonedPayload {
  readonly contactId: string;
  readonly queueId: string;
  readonly waitedSeconds: number;
  readonly reason: string;
  /** Set when an offer was pending; that offer is withdrawn. */
  readonly withdrawnOfferId: string | null;
}

/** `routing.overflow-applied.v1`: a contact waited long enough for one of its queue's overflow steps. */
export interface OverflowAppliedPayload {
  readonly contactId: string;
  readonly queueId: string;
  readonly action: OverflowAction;
  readonly afterSeconds: number;
  /** For `relax-skills`: the lowest skill level now accepted. */
  readonly minLevel: number | null;
  /** For `add-queue-agents`: the queue whose agents may now take the contact. */
  readonly extraQueueId: string | null;
  readonly waitedSeconds: number;
}

/**
 * `routing.callback-requested.v1`: a waiting call became a request to call the customer back. It
 * keeps its place in the queue and is offered to an agent with voice capacity like any call (the
 * offer says `callback: true`); the caller may hang up meanwhile without the contact counting as
 * abandoned. The voice channel may tell the caller so and end the call.
 */
export interface CallbackRequestedPayload {
  readonly contactId: string;
  readonly queueId: string;
  /** `overflow`: the queue's `offer-callback` step was reached; `caller`: the caller asked for it. */
  readonly reason: 'overflow' | 'caller';
  /** For `overflow`: the step's waiting time. */
  readonly afterSeconds: number | null;
  readonly waitedSeconds: number;
  /** The contact's place in the queue, kept. */
  readonly waitingSince: string;
}

/** `routing.self-service-resolved.v1`: the customer said a knowledge-base answer helped; closed without an agent. */
export interface SelfServiceResolvedPayload {
  readonly contactId: string;
  readonly queueId: string;
  readonly articleId: string | null;
}

/** `routing.contact-wrapped-up.v1`: the agent finished the conversation; their capacity is free again. */
export interface ContactWrappedUpPayload {
  readonly contactId: string;
  readonly agentId: string;
  readonly queueId: string;
  readonly disposition: string | null;
  readonly handledSeconds: number;
}

/** `routing.contact-transferred.v1`: an assigned or waiting contact was sent to another queue or agent. */
export interface ContactTransferredPayload {
  readonly contactId: string;
  /** `transfer`: by the agent handling it; `reassign`: by a supervisor. */
  readonly kind: 'transfer' | 'reassign';
  readonly byUserId: string;
  readonly fromAgentId: string | null;
  readonly fromQueueId: string;
  readonly toQueueId: string;
  /** When set, only this agent will be offered the contact. */
  readonly toAgentId: string | null;
}
