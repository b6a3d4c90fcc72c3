import type { RoutingChannel } from '@switchboard/contracts';
import { DEFAULT_CAPACITY, newAgentState, type AgentProfile, type AgentState } from '../model/agent';
import type { Contact } from '../model/contact';
import { defaultQueue, type Queue } from '../model/queue';
import type { FreeAgent } from '../matching/rank-candidates';
import type { RoutingBoard } from '../matching/plan-offers';

/** Given-state builders for the domain specs. Times are ms after T0. */
export const T0 = Date.parse('2026-03-02T09:00:00.000Z');
export const at = (seconds: number) => T0 + seconds * 1000;

export const aQueue = (id: string, overrides: Partial<Queue> = {}): Queue => ({ ...defaultQueue(), id, name: id, ...overrides });

export const aProfile = (agentId: string, overrides: Partial<AgentProfile> = {}): AgentProfile => ({
  agentId,
  displayName: agentId,
  skills: {},
  languages: ['en'],
  capacity: DEFAULT_CAPACITY,
  maxTotal: 5,
  wrapUpSeconds: 0,
  ...overrides,
});

export const anAgent = (agentId: string, overrides: Partial<AgentState> = {}): AgentState => ({
  ...newAgentState(aProfile(agentId), T0),
  presence: 'available',
  ...overrides,
});

export const aContact = (contactId: string, overrides: Partial<Contact> = {}): Contact => ({
  contactId,
  queueId: 'support',
  channel: 'chat',
  sourceChannel: 'chat',
  channelId: null,
  customerKey: null,
  language: null,
  priority: 0,
  vip: false,
  waitingSince: T0,
  status: 'waiting',
  offer: null,
  assignedAgentId: null,
  assignedAt: null,
  affinityAgentId: null,
  affinityUntil: null,
  pinnedAgentId: null,
  missedBy: [],
  overflowApplied: [],
  callback: null,
  ...overrides,
});

/** A board where every listed agent is free on chat, idle since the given second. */
export function aBoard(input: {
  now: number;
  queues: Queue[];
  profiles: AgentProfile[];
  waiting: Contact[];
  freeOn?: Partial<Record<RoutingChannel, FreeAgent[]>>;
}): RoutingBoard {
  return {
    now: input.now,
    queues: new Map(input.queues.map((queue) => [queue.id, queue])),
    profiles: new Map(input.profiles.map((profile) => [profile.agentId, profile])),
    waiting: input.waiting,
    free: new Map(Object.entries(input.freeOn ?? {}) as [RoutingChannel, FreeAgent[]][]),
  };
}
