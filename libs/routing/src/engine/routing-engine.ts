import type { Presence, RoutingFact } from '@switchboard/contracts';
import { RoutingEventTypes } from '@switchboard/contracts';
import {
  chooseQueue,
  dayOf,
  defaultQueue,
  newContact,
  priorityInQueue,
  routingChannelOf,
  type AgentState,
  type CallbackReason,
  type Contact,
  type Queue,
  type Refused,
} from '@switchboard/routing-domain';
import { ContactNotFound, RoutingRefused } from '../routing.errors';
import type { RoutingRecorder } from '../recording/routing-recorder';
import type { RoutingState } from '../state/routing-state';
import { CatalogCache } from './catalog-cache';
import * as facts from './facts';
import { runRoutingPass, type PassOutcome } from './routing-pass';

export interface RoutingPolicy {
  /** Offers missed in a row after which an agent is set away (default 3). */
  readonly maxMissesInARow: number;
  /** Waiting contacts read from the head of each queue per pass (default 100). */
  readonly headsPerQueue: number;
  /** Period of the timer-driven pass in ms (default 200); 0 turns the timer off (tests drive passes). */
  readonly tickMs: number;
  /** Run a pass as soon as something that may allow an offer happened (default true). */
  readonly eventDriven: boolean;
  /** How stale this process's copy of another instance's queue or profile change may be, in ms (default 1000). */
  readonly catalogRefreshMs: number;
  /**
   * Lease of a tenant's timer-driven passes, in ms (default 1000): of several routers, the one
   * holding it runs them, and another takes over once a stopped holder's lease runs out. Event-driven
   * passes run wherever the event happened, leased or not. 0: every router runs every tenant's.
   */
  readonly timedPassLeaseMs: number;
}

export const DEFAULT_POLICY: RoutingPolicy = { maxMissesInARow: 3, headsPerQueue: 100, tickMs: 200, eventDriven: true, catalogRefreshMs: 1000, timedPassLeaseMs: 1000 };

export interface RoutingEngineDeps {
  readonly state: RoutingState;
  readonly recorder: RoutingRecorder;
  /** Epoch ms; tests pass a clock they move. */
  readonly clock: () => number;
  readonly newId: () => string;
  readonly policy?: Partial<RoutingPolicy>;
  readonly onError?: (error: unknown, what: string) => void;
}

export interface ArrivalInput {
  readonly conversationId: string;
  readonly sourceChannel: string;
  readonly channelId?: string | null;
  readonly customerKey?: string | null;
  readonly language?: string | null;
  readonly priority?: number;
  readonly vip?: boolean;
  readonly selfService?: boolean;
  readonly correlationId?: string;
  readonly causationId?: string | null;
}

export interface RequeueRequest {
  readonly kind: 'transfer' | 'reassign';
  readonly byUserId: string;
}

function unwrap<T extends { ok: true }>(change: T | Refused, contactId = ''): T {
  if (!change.ok) throw change.refusal === 'contact-unknown' ? new ContactNotFound(contactId) : new RoutingRefused(change.refusal);
  return change;
}

/**
 * The router: commands that change routing state atomically and record what they decided, and the
 * routing pass (expire offers, end wrap-ups, announce overflow, match and offer) run by a timer and
 * whenever something happened that may allow a new offer. Framework-free so that the benchmark and
 * the property test run it as it is; any number of engines may share one Redis state.
 */
export class RoutingEngine {
  readonly policy: RoutingPolicy;
  readonly catalogs: CatalogCache;
  /** This router among several, for the leases of timed passes. */
  readonly routerId: string;
  private timer: NodeJS.Timeout | null = null;
  private readonly running = new Map<string, Promise<PassOutcome>>();
  private readonly rerun = new Set<string>();
  private stopped = false;

  constructor(private readonly deps: RoutingEngineDeps) {
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
    this.catalogs = new CatalogCache(deps.state, deps.clock, this.policy.catalogRefreshMs);
    this.routerId = deps.newId();
  }

  get state(): RoutingState {
    return this.deps.state;
  }

  get recorder(): RoutingRecorder {
    return this.deps.recorder;
  }

  now(): number {
    return this.deps.clock();
  }

  start(): void {
    this.stopped = false;
    if (this.policy.tickMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.tick(), this.policy.tickMs);
      this.timer.unref();
    }
  }

  /** Stops the timer, waits for passes in progress, and hands this router's leases on. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.running.values()]);
    if (this.policy.timedPassLeaseMs > 0) await this.state.releaseTimedPasses(this.routerId).catch((error: unknown) => this.reportError(error, 'releasing timed passes'));
  }

  /** Idempotent per conversation: the state's enqueue keeps a contact already routed as it is. */
  async enqueue(tenantId: string, input: ArrivalInput, queue: Queue | null): Promise<{ contact: Contact; created: boolean }> {
    const now = this.now();
    const channel = routingChannelOf(input.sourceChannel);
    const catalog = await this.catalogs.get(tenantId);
    const target = queue ?? chooseQueue([...catalog.queues.values()], channel, input.channelId ?? null);
    if (target.id === defaultQueue().id && !catalog.queues.has(target.id)) await this.catalogs.ensureDefaultQueue(tenantId);
    const lastAgent = input.customerKey && target.affinitySeconds > 0 ? await this.state.lastAgent(tenantId, input.customerKey) : null;
    const contact = newContact(
      {
        contactId: input.conversationId,
        channel,
        sourceChannel: input.sourceChannel,
        channelId: input.channelId ?? null,
        customerKey: input.customerKey ?? null,
        language: input.language ?? null,
        priority: input.priority ?? 0,
        vip: input.vip ?? false,
        selfService: input.selfService,
      },
      target,
      lastAgent,
      now,
    );
    const result = await this.state.enqueue(tenantId, contact);
    if (!result.created) return result;
    await this.deps.recorder.record({ tenantId, correlationId: input.correlationId, causationId: input.causationId }, [facts.contactQueued(result.contact)]);
    if (result.contact.status === 'waiting') this.kick(tenantId);
    return result;
  }

  async accept(tenantId: string, agentId: string, contactId: string, offerId: string): Promise<Contact> {
    const now = this.now();
    const queue = await this.queueOfContact(tenantId, contactId);
    const change = unwrap(await this.state.accept(tenantId, contactId, agentId, offerId, now, { day: dayOf(now), withinSeconds: queue.serviceLevel.withinSeconds }), contactId);
    await this.deps.recorder.record({ tenantId }, facts.accepted(change.contact, offerId, queue.serviceLevel.withinSeconds));
    return change.contact;
  }

  async decline(tenantId: string, agentId: string, contactId: string, offerId: string): Promise<void> {
    await this.miss(tenantId, agentId, contactId, offerId, 'declined');
  }

  /** Declined by the agent, or expired (found by a pass): the contact goes back to its place. */
  async miss(tenantId: string, agentId: string, contactId: string, offerId: string, kind: 'declined' | 'expired'): Promise<boolean> {
    const now = this.now();
    const change = await this.state.miss(tenantId, contactId, agentId, offerId, kind, now, { maxMissesInARow: this.policy.maxMissesInARow, day: dayOf(now) });
    if (!change.ok) {
      if (kind === 'expired') return false;
      unwrap(change, contactId);
      return false;
    }
    await this.deps.recorder.record({ tenantId }, [facts.missed(kind, change.contact, change.agent, offerId, change.agentSetAway)]);
    if (change.agentSetAway) await this.deps.recorder.record({ tenantId }, [facts.presenceChanged(change.agent, 'available', 'missed-offers')]);
    this.kick(tenantId);
    return true;
  }

  async setPresence(tenantId: string, agentId: string, presence: Presence, cause: 'agent' | 'supervisor' | 'wrap-up-ended'): Promise<AgentState> {
    const now = this.now();
    const change = unwrap(await this.state.setPresence(tenantId, agentId, presence, now, { onlyIfWrapUpDue: cause === 'wrap-up-ended' }));
    if (change.withdrawn) await this.deps.recorder.record({ tenantId }, [facts.withdrawn(change.withdrawn.contactId, change.withdrawn.offerId, agentId, `agent became ${presence}`)]);
    if (change.previous !== change.agent.presence) await this.deps.recorder.record({ tenantId }, [facts.presenceChanged(change.agent, change.previous, cause)]);
    if (change.agent.presence === 'available' || change.withdrawn) this.kick(tenantId);
    return change.agent;
  }

  async abandon(tenantId: string, contactId: string, reason: string): Promise<boolean> {
    const now = this.now();
    const queue = await this.queueOfContact(tenantId, contactId).catch(() => defaultQueue());
    const change = await this.state.abandon(tenantId, contactId, now, { day: dayOf(now), withinSeconds: queue.serviceLevel.withinSeconds });
    if (!change.ok) return false;
    const recorded: RoutingFact[] = [];
    const offer = change.contact.offer;
    if (offer && change.withdrawnFrom) recorded.push(facts.withdrawn(contactId, offer.offerId, offer.agentId, 'customer left'));
    recorded.push(facts.abandoned(change.contact, now, reason));
    await this.deps.recorder.record({ tenantId }, recorded);
    if (change.withdrawnFrom) this.kick(tenantId);
    return true;
  }

  /**
   * A waiting call becomes a callback request (the router does it at the queue's `offer-callback`
   * step; a channel may ask for the caller). Returns the refusal when the state would not: not a
   * call, not waiting (an offer is pending, or an agent has it), or already a callback request.
   */
  async requestCallback(tenantId: string, contactId: string, reason: CallbackReason, afterSeconds: number | null = null): Promise<{ readonly ok: true; readonly contact: Contact } | Refused> {
    const now = this.now();
    const change = await this.state.requestCallback(tenantId, contactId, now, reason, dayOf(now));
    if (!change.ok) return change;
    await this.deps.recorder.record({ tenantId }, [facts.callbackRequested(change.contact, now, afterSeconds)]);
    return change;
  }

  async requestAgent(tenantId: string, contactId: string): Promise<Contact> {
    const change = await this.state.requestAgent(tenantId, contactId, this.now());
    if (!change.ok) {
      if (change.refusal === 'contact-unknown') throw new ContactNotFound(contactId);
      const current = await this.state.contact(tenantId, contactId);
      if (current) return current;
      throw new ContactNotFound(contactId);
    }
    await this.deps.recorder.record({ tenantId }, [
      { type: RoutingEventTypes.agentRequested, payload: { contactId, queueId: change.contact.queueId, waitingSince: new Date(change.contact.waitingSince).toISOString() } },
    ]);
    this.kick(tenantId);
    return change.contact;
  }

  async resolveBySelfService(tenantId: string, contactId: string, articleId: string | null): Promise<void> {
    const change = await this.state.resolveBySelfService(tenantId, contactId, dayOf(this.now()));
    if (!change.ok) throw change.refusal === 'contact-unknown' ? new ContactNotFound(contactId) : new RoutingRefused(change.refusal);
    await this.deps.recorder.record({ tenantId }, [{ type: RoutingEventTypes.selfServiceResolved, payload: { contactId, queueId: change.contact.queueId, articleId } }]);
  }

  async wrapUp(tenantId: string, agentId: string, contactId: string, disposition: string | null, wrapUpSeconds: number): Promise<void> {
    const now = this.now();
    const change = await this.state.wrapUp(tenantId, contactId, agentId, now, wrapUpSeconds);
    if (!change.ok) throw change.refusal === 'contact-unknown' ? new ContactNotFound(contactId) : new RoutingRefused(change.refusal);
    await this.deps.recorder.record({ tenantId }, [facts.wrappedUp(change.contact, agentId, disposition, now)]);
    if (change.previous !== change.agent.presence) await this.deps.recorder.record({ tenantId }, [facts.presenceChanged(change.agent, change.previous, 'wrap-up')]);
    this.kick(tenantId);
  }

  async requeue(tenantId: string, contactId: string, target: { queueId: string | null; agentId: string | null }, request: RequeueRequest): Promise<Contact> {
    const now = this.now();
    const current = await this.state.contact(tenantId, contactId);
    if (!current) throw new ContactNotFound(contactId);
    const catalog = await this.catalogs.get(tenantId);
    const queueId = target.queueId ?? current.queueId;
    const queue = catalog.queues.get(queueId) ?? defaultQueue();
    const keepPlace = request.kind === 'reassign' && current.status !== 'assigned';
    const fromPriority = (catalog.queues.get(current.queueId) ?? defaultQueue()).priority;
    const priority = priorityInQueue(current, fromPriority, queue.priority);
    const change = unwrap(
      await this.state.requeue(tenantId, contactId, { queueId, pinnedAgentId: target.agentId, priority, waitingSince: keepPlace ? current.waitingSince : now }, now),
      contactId,
    );
    const recorded: RoutingFact[] = [];
    if (change.before.offer) recorded.push(facts.withdrawn(contactId, change.before.offer.offerId, change.before.offer.agentId, request.kind));
    recorded.push({
      type: RoutingEventTypes.contactTransferred,
      payload: {
        contactId,
        kind: request.kind,
        byUserId: request.byUserId,
        fromAgentId: change.before.assignedAgentId,
        fromQueueId: change.before.queueId,
        toQueueId: queueId,
        toAgentId: target.agentId,
      },
    });
    await this.deps.recorder.record({ tenantId }, recorded);
    this.kick(tenantId);
    return change.contact;
  }

  contact(tenantId: string, contactId: string): Promise<Contact | null> {
    return this.state.contact(tenantId, contactId);
  }

  agent(tenantId: string, agentId: string): Promise<AgentState | null> {
    return this.state.agent(tenantId, agentId);
  }

  /** The agent's assigned contacts, longest held first. */
  async assignedTo(tenantId: string, agentId: string): Promise<Contact[]> {
    return (await this.state.assignedTo(tenantId, agentId)).sort((a, b) => (a.assignedAt ?? 0) - (b.assignedAt ?? 0) || a.contactId.localeCompare(b.contactId));
  }

  /**
   * Runs one routing pass for a tenant now (or joins the one in progress). A full pass also expires
   * due offers and ends due wrap-ups; the event-driven passes between timer ticks only match.
   */
  runPass(tenantId: string, options: { housekeeping?: boolean } = {}): Promise<PassOutcome> {
    const inProgress = this.running.get(tenantId);
    if (inProgress) return inProgress;
    const pass = runRoutingPass(this, tenantId, { housekeeping: options.housekeeping ?? true }).finally(() => {
      this.running.delete(tenantId);
      if (this.rerun.delete(tenantId) && !this.stopped) this.kick(tenantId);
    });
    this.running.set(tenantId, pass);
    return pass;
  }

  /** Asks for a pass soon; coalesces with the one running or already asked for. */
  kick(tenantId: string): void {
    if (!this.policy.eventDriven || this.stopped) return;
    if (this.running.has(tenantId)) {
      this.rerun.add(tenantId);
      return;
    }
    setImmediate(() => {
      if (this.running.has(tenantId)) this.rerun.add(tenantId);
      else this.runPass(tenantId, { housekeeping: false }).catch((error: unknown) => this.reportError(error, 'routing pass'));
    });
  }

  reportError(error: unknown, what: string): void {
    this.deps.onError?.(error, what);
  }

  /**
   * The timer's work: a full pass (with housekeeping) for every tenant whose timed passes this
   * router holds the lease of. Returns those tenants. Public for tests, which run it on a clock they move.
   */
  async runTimedPasses(): Promise<string[]> {
    if (this.stopped) return [];
    const tenants = await this.state.tenants();
    const mine = this.policy.timedPassLeaseMs > 0 ? await this.state.claimTimedPasses(this.routerId, tenants, this.now(), this.policy.timedPassLeaseMs) : tenants;
    for (const tenantId of mine) {
      if (this.stopped) break;
      if (!this.running.has(tenantId)) await this.runPass(tenantId);
    }
    return mine;
  }

  private async tick(): Promise<void> {
    try {
      await this.runTimedPasses();
    } catch (error) {
      this.reportError(error, 'routing tick');
    }
  }

  private async queueOfContact(tenantId: string, contactId: string): Promise<Queue> {
    const contact = await this.state.contact(tenantId, contactId);
    if (!contact) throw new ContactNotFound(contactId);
    return (await this.catalogs.get(tenantId)).queues.get(contact.queueId) ?? defaultQueue();
  }

  nextId(): string {
    return this.deps.newId();
  }
}
