import { DEFAULT_CAPACITY, defaultQueue, newContact, type AgentProfile, type Contact, type Queue } from '@switchboard/routing-domain';

/** Shared fixtures of the routing specs: a start time, queues, agents and contacts. */
export const T0 = Date.parse('2026-03-02T09:00:00.000Z');
export const DAY = '2026-03-02';

export function queue(id: string, overrides: Partial<Queue> = {}): Queue {
  return { ...defaultQueue(), id, name: id, ...overrides };
}

export function profile(agentId: string, overrides: Partial<AgentProfile> = {}): AgentProfile {
  return { agentId, displayName: agentId, skills: {}, languages: ['en'], capacity: DEFAULT_CAPACITY, maxTotal: 5, wrapUpSeconds: 0, ...overrides };
}

export function contact(contactId: string, at: number, overrides: Partial<Contact> = {}, inQueue: Queue = queue('support')): Contact {
  return {
    ...newContact(
      { contactId, channel: 'chat', sourceChannel: 'chat', channelId: null, customerKey: null, language: null, priority: 0, vip: false, selfService: false },
      inQueue,
      null,
      at,
    ),
    ...overrides,
  };
}
