import type { Presence, RoutingChannel } from '@switchboard/contracts';
import type {
  AgentProfile,
  AgentState,
  CallbackReason,
  Contact,
  FreeAgent,
  LastAgent,
  MissKind,
  QueueCounters,
  Queue,
  Refused,
  RequeueTarget,
} from '@switchboard/routing-domain';

/**
 * The routing-state port: queues' waiting lines, agents' presence and load, offers, today's
 * counters. Adapters: memory (embedded mode, one process) and Redis (any number of router
 * instances side by side). One contract suite (`testRoutingState`) holds both to the same rules.
 *
 * Every method that changes a contact or an agent is ATOMIC: it re-checks the rules of
 * `@switchboard/routing-domain` against the current state and either applies the whole change or
 * refuses it (`{ ok: false, refusal }`), so two routers can never hand one contact to two agents
 * nor fill an agent beyond capacity. Times are epoch milliseconds passed in by the caller.
 */
export interface RoutingState {
  readonly kind: 'memory' | 'redis';

  /** Tenants that have routing state, for the engine's timer. */
  tenants(): Promise<string[]>;
  /**
   * Leases of the timer-driven passes: of `tenantIds`, those whose lease `routerId` now holds until
   * `now + ttlMs` (renewed if it held it, taken if free or run out). Only saves work: passes stay
   * safe to overlap, so clock skew or a slow router only means two routers may pass a tenant at once.
   */
  claimTimedPasses(routerId: string, tenantIds: readonly string[], now: number, ttlMs: number): Promise<string[]>;
  /** Gives up `routerId`'s leases (a router stopping), so another router takes them at its next tick. */
  releaseTimedPasses(routerId: string): Promise<void>;

  // -- catalogue mirror: what the atomic checks and the matching need of the admin's configuration
  putQueue(tenantId: string, queue: Queue): Promise<void>;
  removeQueue(tenantId: string, queueId: string): Promise<void>;
  /** Saves the profile; creates the agent's state (offline) if missing, else updates its capacity. */
  putProfile(tenantId: string, profile: AgentProfile, now: number): Promise<AgentState>;
  /** Increases whenever a queue or profile changes, so readers can cache the catalogue. */
  catalogVersion(tenantId: string): Promise<number>;
  catalog(tenantId: string): Promise<{ readonly version: number; readonly queues: Queue[]; readonly profiles: AgentProfile[] }>;

  // -- reads
  contact(tenantId: string, contactId: string): Promise<Contact | null>;
  contacts(tenantId: string): Promise<Contact[]>;
  agent(tenantId: string, agentId: string): Promise<AgentState | null>;
  agents(tenantId: string): Promise<AgentState[]>;
  /** Contacts assigned to the agent now (status `assigned`), any order. */
  assignedTo(tenantId: string, agentId: string): Promise<Contact[]>;
  /** Up to `perQueue` waiting contacts (status `waiting`) from the head of each queue, in queue order. */
  waitingHeads(tenantId: string, perQueue: number): Promise<Contact[]>;
  /** Agents with room for one more contact of each channel asked for: available, no offer pending, under both caps. */
  freeAgents(tenantId: string, channels: readonly RoutingChannel[]): Promise<Map<RoutingChannel, FreeAgent[]>>;
  /**
   * What one routing pass matches with, read in one go: the catalogue version, the heads of the
   * waiting lines ({@link waitingHeads}) and the free agents of the channels those contacts need
   * ({@link freeAgents}).
   */
  board(tenantId: string, perQueue: number): Promise<RoutingBoardRead>;
  /** Offers whose deadline is at or before `now`. */
  dueOffers(tenantId: string, now: number, limit: number): Promise<{ contactId: string; offerId: string; agentId: string }[]>;
  /** Agents whose wrap-up timer ended at or before `now`. */
  dueWrapUps(tenantId: string, now: number, limit: number): Promise<string[]>;
  lastAgent(tenantId: string, customerKey: string): Promise<LastAgent | null>;
  counters(tenantId: string, day: string): Promise<Map<string, QueueCounters>>;

  // -- atomic changes
  /** Adds the contact unless one with its id is already routed (then returns that one, `created: false`). */
  enqueue(tenantId: string, contact: Contact): Promise<{ readonly created: boolean; readonly contact: Contact }>;
  offer(tenantId: string, contactId: string, agentId: string, offer: { offerId: string; now: number; timeoutSeconds: number; day: string }): Promise<StateChange>;
  accept(tenantId: string, contactId: string, agentId: string, offerId: string, now: number, serviceLevel: ServiceLevelClock): Promise<StateChange>;
  miss(tenantId: string, contactId: string, agentId: string, offerId: string, kind: MissKind, now: number, policy: { maxMissesInARow: number; day: string }): Promise<MissStateChange>;
  setPresence(tenantId: string, agentId: string, presence: Presence, now: number, options?: { onlyIfWrapUpDue?: boolean }): Promise<PresenceStateChange>;
  abandon(tenantId: string, contactId: string, now: number, serviceLevel: ServiceLevelClock): Promise<AbandonStateChange>;
  wrapUp(tenantId: string, contactId: string, agentId: string, now: number, wrapUpSeconds: number): Promise<WrapUpStateChange>;
  requeue(tenantId: string, contactId: string, target: RequeueTarget, now: number): Promise<RequeueStateChange>;
  requestAgent(tenantId: string, contactId: string, now: number): Promise<{ readonly ok: true; readonly contact: Contact } | RefusedOrUnknown>;
  resolveBySelfService(tenantId: string, contactId: string, day: string): Promise<{ readonly ok: true; readonly contact: Contact } | RefusedOrUnknown>;
  /** Turns a waiting call into a callback request (counted per queue as `callbacksRequested`); see `requestCallback` in the domain. */
  requestCallback(tenantId: string, contactId: string, now: number, reason: CallbackReason, day: string): Promise<{ readonly ok: true; readonly contact: Contact } | RefusedOrUnknown>;
  /** Records that an overflow step was announced for a contact; false when it already was. */
  markOverflow(tenantId: string, contactId: string, stepIndex: number): Promise<boolean>;

  close(): Promise<void>;
}

export interface RoutingBoardRead {
  readonly catalogVersion: number;
  readonly waiting: Contact[];
  readonly free: Map<RoutingChannel, FreeAgent[]>;
}

/** What counting a contact as answered or abandoned within the service level needs (callbacks are counted apart). */
export interface ServiceLevelClock {
  readonly day: string;
  readonly withinSeconds: number;
}

export type RefusedOrUnknown = Refused;

export type StateChange = { readonly ok: true; readonly contact: Contact; readonly agent: AgentState } | Refused;
export type MissStateChange = { readonly ok: true; readonly contact: Contact; readonly agent: AgentState; readonly agentSetAway: boolean } | Refused;
export type PresenceStateChange =
  | { readonly ok: true; readonly previous: Presence; readonly agent: AgentState; readonly withdrawn: { readonly contactId: string; readonly offerId: string } | null }
  | Refused;
export type AbandonStateChange = { readonly ok: true; readonly contact: Contact; readonly withdrawnFrom: AgentState | null } | Refused;
export type WrapUpStateChange = { readonly ok: true; readonly contact: Contact; readonly agent: AgentState; readonly previous: Presence } | Refused;
export type RequeueStateChange = { readonly ok: true; readonly before: Contact; readonly contact: Contact; readonly released: AgentState | null } | Refused;
