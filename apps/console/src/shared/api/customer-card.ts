import type { ConsentPurpose, ConsentStatus, CustomerCard, CustomerIdentity } from './timeline.types';

// The customer API answers the customer's folded state (`{ id, state: { profile, identities, consent } }`),
// where a personal value is a string or `{ unreadable: true }` once erased. The panel wants plain
// strings or null, so this is the one place that reads that shape.

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function identities(value: unknown): CustomerIdentity[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((identity) => ({ kind: text(identity['kind']) ?? 'unknown', value: text(identity['value']) }));
}

function consent(value: unknown): Partial<Record<ConsentPurpose, ConsentStatus>> {
  if (!isObject(value)) return {};
  const result: Partial<Record<ConsentPurpose, ConsentStatus>> = {};
  for (const purpose of ['contact', 'marketing', 'recording'] as const) {
    const status = value[purpose];
    if (status === 'given' || status === 'withdrawn') result[purpose] = status;
  }
  return result;
}

function attributes(value: unknown): Record<string, string | null> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, text(item)]));
}

export function toCustomerCard(raw: unknown): CustomerCard {
  const body = isObject(raw) ? raw : {};
  // Flat answers (a DTO with the profile's fields at the top) are read the same way.
  const state = isObject(body['state']) ? body['state'] : body;
  const profile = isObject(state['profile']) ? state['profile'] : state;
  return {
    id: text(body['id']) ?? text(state['id']) ?? '',
    status: state['status'] === 'erased' ? 'erased' : 'active',
    displayName: text(profile['displayName']),
    company: text(profile['company']),
    language: text(profile['language']),
    attributes: attributes(profile['attributes']),
    identities: identities(state['identities']),
    consent: consent(state['consent']),
    createdAt: text(body['createdAt']),
  };
}
