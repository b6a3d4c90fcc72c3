import { Inject, Injectable } from '@nestjs/common';
import type { Presence, RoutingChannel, RoutingEvent } from '@switchboard/contracts';
import type { Refusal } from '@switchboard/routing-domain';
import { RoutingCatalog } from './catalog/routing-catalog';
import { RoutingEngine } from './engine/routing-engine';
import { RoutingExplainer, type RoutingExplanation } from './explaining/routing-explainer';
import { RoutingFigures, type AgentFigures, type QueueFigures } from './engine/routing-figures';
import { KnowledgeBase, type KbSuggestion } from './knowledge-base/knowledge-base';
import { toAgentView, toContactView, type AgentView, type ContactView } from './engine/views';
import { ContactNotFound, RoutingRefused } from './routing.errors';
import { ROUTING_ENGINE } from './routing.tokens';

export type { AgentView, ContactView, AgentFigures, QueueFigures, KbSuggestion, RoutingExplanation, Refusal };

/**
 * # RoutingService: the routing library's facade
 *
 * Everything outside `libs/routing` (the realtime gateways, the channel-event consumer, the HTTP
 * controllers) talks to routing through this class and nothing else. Signatures here are kept
 * stable; new capabilities are added as new methods or optional fields.
 *
 * ## Identities
 * - A **contact** is a conversation that needs an agent. Its id is the `conversationId`: the chat
 *   widget's conversation id, or a channel event's `threadKey`. Routing keeps no other id.
 * - An **agent** is a user with the agent role; `agentId` is the user id (`AccessClaims.sub`).
 * - Every method takes the caller's `tenantId` first; nothing crosses tenants.
 *
 * ## What happens to a contact
 * `enqueueContact` → status `self-service` (text contact of a queue with self-service on: show
 * `suggestions`, then `requestAgent` or `resolveBySelfService`) or `waiting` → the router offers it
 * to ONE agent (`routing.offer-made.v1`, with `expiresAt`) → `acceptOffer` makes it `assigned`
 * (`routing.offer-accepted.v1` + `routing.contact-assigned.v1`); `declineOffer` or the timeout put
 * it back in its place (`routing.offer-declined.v1` / `routing.offer-expired.v1`) and count a miss
 * for the agent (after 3 in a row the agent is set `away`) → `wrapUp` frees the agent's capacity
 * (`routing.contact-wrapped-up.v1`). `abandonContact` removes a contact nobody accepted yet.
 * `transfer` (agent) and `reassign` (supervisor) put a contact back in a queue, optionally for one
 * named agent only. {@link RoutingService.assignedTo} lists an agent's assigned contacts.
 *
 * ## Callbacks
 * A waiting call that reaches its queue's `offer-callback` overflow step (or whose caller asks,
 * {@link RoutingService.requestCallback}) becomes a callback request (`routing.callback-requested.v1`):
 * it keeps its place and its channel, is offered to an agent with voice capacity (`callback: true`
 * on `routing.offer-made.v1`, `callback` set on its {@link ContactView}), and is accepted,
 * assigned and wrapped up like any contact. The caller hanging up then does not abandon it
 * (`abandonContact` returns false).
 *
 * ## Observing routing
 * Every decision is an event (`RoutingEventTypes` in `@switchboard/contracts`): recorded in the event
 * store (stream `routing-<tenant>.<contact>`), published on `Topics.routingEvents` keyed by
 * conversation (presence changes by `agent:<agentId>`), and handed to in-process listeners
 * registered with {@link RoutingService.onRoutingEvent} right after the state changed, so gateways in
 * the same process push offers without waiting for the bus. To push an offer to an agent, listen for
 * `routing.offer-made.v1` and use `payload.agentId`, `payload.offerId`, `payload.expiresAt`.
 * Supervisor figures are not pushed: poll {@link RoutingService.queueFigures} /
 * {@link RoutingService.agentFigures} (cheap: one read of the routing state).
 *
 * ## Errors
 * `RoutingRefused` (409, `refusal` says why: `offer-not-current`, `offer-expired`,
 * `agent-at-capacity`, `contact-not-waiting`, ...) when the state no longer allows the change (another
 * router, the customer or the clock was first); `ContactNotFound` (404) for an unknown contact;
 * `RoutingResourceNotFound` (404) for an unknown queue; `InvalidRoutingInput` (400).
 */
@Injectable()
export class RoutingService {
  constructor(
    @Inject(ROUTING_ENGINE) private readonly engine: RoutingEngine,
    private readonly catalog: RoutingCatalog,
    private readonly knowledgeBase: KnowledgeBase,
    private readonly figures: RoutingFigures,
    private readonly explainer: RoutingExplainer,
  ) {}

  /**
   * A conversation needs an agent. Idempotent per conversation: a contact already being routed is
   * returned as it is (`created: false`). The queue is `input.queueId` or chosen by channel (see
   * docs/routing.md). For a self-service contact, `suggestions` holds the knowledge base's best
   * answers to `input.text` (empty otherwise).
   */
  async enqueueContact(input: EnqueueContactInput): Promise<EnqueueContactResult> {
    const queue = input.queueId ? await this.catalog.requireQueue(input.tenantId, input.queueId) : null;
    const { contact, created } = await this.engine.enqueue(input.tenantId, input, queue);
    const suggestions =
      contact.status === 'self-service' && input.text ? await this.knowledgeBase.suggest(input.tenantId, input.text, { language: contact.language }) : [];
    return { contact: toContactView(contact), created, suggestions };
  }

  /** The agent takes the offered contact. Refused (409) when the offer expired or is no longer theirs. */
  async acceptOffer(tenantId: string, agentId: string, conversationId: string, offerId: string): Promise<ContactView> {
    return toContactView(await this.engine.accept(tenantId, agentId, conversationId, offerId));
  }

  /** The agent turns the offer down: the contact goes back to its place and the agent is marked missed. */
  async declineOffer(tenantId: string, agentId: string, conversationId: string, offerId: string): Promise<void> {
    await this.engine.decline(tenantId, agentId, conversationId, offerId);
  }

  /**
   * Sets an agent's presence (by themselves, or `by: 'supervisor'`). An agent without a routing
   * profile gets the default one (no skills, voice 1 / chat 3 / email 5 / messaging 3 / social 3).
   * Leaving `available` with an offer pending withdraws the offer (no miss counted).
   */
  async setPresence(tenantId: string, agentId: string, presence: Presence, options: { by?: 'agent' | 'supervisor' } = {}): Promise<AgentView> {
    await this.catalog.ensureAgent(tenantId, agentId);
    return toAgentView(await this.engine.setPresence(tenantId, agentId, presence, options.by ?? 'agent'));
  }

  /** The customer left or hung up before an agent accepted. False when there was nothing to abandon (unknown, already assigned, or a callback request: the call may end once a call back is promised). */
  async abandonContact(tenantId: string, conversationId: string, reason = 'customer-left'): Promise<boolean> {
    return this.engine.abandon(tenantId, conversationId, reason);
  }

  /**
   * The caller asked to be called back: the waiting call becomes a callback request and keeps its
   * place. A contact that already is one is returned unchanged. Refused (409) for a contact that is
   * not a call (`contact-not-voice`) or not waiting (`contact-not-waiting`: an agent is being
   * offered it or has it).
   */
  async requestCallback(tenantId: string, conversationId: string): Promise<ContactView> {
    const change = await this.engine.requestCallback(tenantId, conversationId, 'caller');
    if (change.ok) return toContactView(change.contact);
    const current = await this.engine.contact(tenantId, conversationId);
    if (!current) throw new ContactNotFound(conversationId);
    if (change.refusal === 'contact-is-callback') return toContactView(current);
    throw new RoutingRefused(change.refusal);
  }

  /** Knowledge-base answers for a customer's words: published articles of the tenant, in `language` when given. */
  async suggestAnswers(tenantId: string, text: string, options: { language?: string | null; limit?: number } = {}): Promise<KbSuggestion[]> {
    return this.knowledgeBase.suggest(tenantId, text, options);
  }

  /** "I need a person": a self-service contact joins its queue now. A contact already waiting or beyond is returned unchanged. */
  async requestAgent(tenantId: string, conversationId: string): Promise<ContactView> {
    return toContactView(await this.engine.requestAgent(tenantId, conversationId));
  }

  /** "This helped": closes a contact nobody accepted yet as resolved by self-service (counted per queue). */
  async resolveBySelfService(tenantId: string, conversationId: string, articleId: string | null = null): Promise<void> {
    await this.engine.resolveBySelfService(tenantId, conversationId, articleId);
  }

  /** The agent finished the conversation (with an optional disposition); their capacity is free again. */
  async wrapUp(tenantId: string, agentId: string, conversationId: string, disposition: string | null = null): Promise<void> {
    const wrapUpSeconds = (await this.catalog.profile(tenantId, agentId)).wrapUpSeconds;
    await this.engine.wrapUp(tenantId, agentId, conversationId, disposition, wrapUpSeconds);
  }

  /** The handling agent sends the conversation to a queue, or to a named agent (only they will be offered it). */
  async transfer(tenantId: string, agentId: string, conversationId: string, target: TransferTarget): Promise<ContactView> {
    return toContactView(await this.engine.requeue(tenantId, conversationId, await this.resolveTarget(tenantId, target), { kind: 'transfer', byUserId: agentId }));
  }

  /** A supervisor moves a waiting (or offered) contact to another queue or a named agent; it keeps its time in line. */
  async reassign(tenantId: string, supervisorId: string, conversationId: string, target: TransferTarget): Promise<ContactView> {
    return toContactView(await this.engine.requeue(tenantId, conversationId, await this.resolveTarget(tenantId, target), { kind: 'reassign', byUserId: supervisorId }));
  }

  /** Per queue, now and today (UTC): waiting, longest wait, service level, abandoned, agents by presence. */
  async queueFigures(tenantId: string): Promise<QueueFigures[]> {
    return this.figures.queues(tenantId);
  }

  /** Per agent: presence and time in it, load per channel against capacity, the pending offer. */
  async agentFigures(tenantId: string): Promise<AgentFigures[]> {
    return this.figures.agents(tenantId);
  }

  /** The routing history of a conversation with the reasons of each decision, from the event store (survives restarts). */
  async explain(tenantId: string, conversationId: string): Promise<RoutingExplanation> {
    return this.explainer.explain(tenantId, conversationId);
  }

  /** The contact's current routing state, or null when routing is not (or no longer) handling it. */
  async contact(tenantId: string, conversationId: string): Promise<ContactView | null> {
    const contact = await this.engine.contact(tenantId, conversationId);
    return contact ? toContactView(contact) : null;
  }

  /** An agent's current routing state (e.g. to resend a pending offer after a reconnect), or null before their first presence. */
  async agent(tenantId: string, agentId: string): Promise<AgentView | null> {
    const agent = await this.engine.agent(tenantId, agentId);
    return agent ? toAgentView(agent) : null;
  }

  /** The contacts assigned to the agent now, longest held first (empty for an unknown agent; nothing crosses tenants). */
  async assignedTo(tenantId: string, agentId: string): Promise<ContactView[]> {
    return (await this.engine.assignedTo(tenantId, agentId)).map(toContactView);
  }

  /**
   * Calls `listener` with every routing event this process records, synchronously after the state
   * changed (before the bus publish resolves). A listener that throws is logged and ignored. Returns
   * the function that removes the listener.
   */
  onRoutingEvent(listener: RoutingEventListener): () => void {
    return this.engine.recorder.addListener(listener);
  }

  private async resolveTarget(tenantId: string, target: TransferTarget): Promise<{ queueId: string | null; agentId: string | null }> {
    if (target.queueId) await this.catalog.requireQueue(tenantId, target.queueId);
    return { queueId: target.queueId ?? null, agentId: target.agentId ?? null };
  }
}

export type RoutingEventListener = (event: RoutingEvent) => void;

export interface EnqueueContactInput {
  readonly tenantId: string;
  /** The conversation id (or a channel event's `threadKey`): the contact's id everywhere in routing. */
  readonly conversationId: string;
  /** The channel kind it came in on: `chat`, `sms`, `whatsapp`, `telegram`, `messenger`, `instagram`, `voice`, `email`, ... */
  readonly sourceChannel: string;
  /** The tenant's channel connection (`source.channelId`); queues may list connections they serve. */
  readonly channelId?: string | null;
  /** Who the customer is across conversations (e.g. `phone:+4930123`), for last-agent affinity. */
  readonly customerKey?: string | null;
  readonly language?: string | null;
  /** Added to the queue's priority (default 0). */
  readonly priority?: number;
  /** VIP customers get a priority boost. */
  readonly vip?: boolean;
  /** Join this queue instead of the one chosen by channel. */
  readonly queueId?: string;
  /** Start in self-service (text channels only); default: the queue's setting. */
  readonly selfService?: boolean;
  /** The customer's first words, for knowledge-base suggestions. */
  readonly text?: string | null;
  /** Carried into the routing events' envelopes. */
  readonly correlationId?: string;
  readonly causationId?: string | null;
}

export interface EnqueueContactResult {
  readonly contact: ContactView;
  /** False when the conversation was already being routed (nothing changed). */
  readonly created: boolean;
  readonly suggestions: KbSuggestion[];
}

/** Where a transfer or reassignment sends a contact: a queue, a named agent, or a named agent in a queue. */
export interface TransferTarget {
  readonly queueId?: string;
  readonly agentId?: string;
}

export type { RoutingChannel };
