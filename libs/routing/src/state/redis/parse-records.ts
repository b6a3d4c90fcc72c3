import type { AgentState, Contact } from '@switchboard/routing-domain';

export function parseJson<T>(raw: string): T {
  return JSON.parse(raw) as T;
}

// Lua's cjson writes an empty array as `{}`: the lists of a contact are made arrays again here.
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** A stored contact; one stored before callbacks existed has no `callback` and is not one. */
export function parseContact(raw: string): Contact {
  const contact = parseJson<Contact>(raw);
  return { ...contact, missedBy: list<string>(contact.missedBy), overflowApplied: list<number>(contact.overflowApplied), callback: contact.callback ?? null };
}

export function parseAgent(raw: string): AgentState {
  return parseJson<AgentState>(raw);
}
