import type { ConsentRecord, ConsentStatus, CustomerEvent, LinkedIdentity, ProfileChanges, ProfileSnapshot } from '@switchboard/contracts';
import { ConsentPurposes } from '@switchboard/contracts';
import type { Personal } from '../personal';
import { EMPTY_PROFILE, sameIdentity, type CustomerProfile, type CustomerState, type KnownCustomer } from './customer.state';

type Event = CustomerEvent<Personal>;

/**
 * Folds one event into the state. Total: an event that makes no sense in the current state (which
 * `decide` never produces) leaves the state as it is rather than throwing, so a replay never stops.
 */
export function evolveCustomer(state: CustomerState, event: Event): CustomerState {
  if (event.type === 'customer.created.v1') {
    if (state.status !== 'unknown') return state;
    return {
      status: 'active',
      id: event.data.customerId,
      profile: { ...EMPTY_PROFILE, displayName: event.data.displayName },
      identities: [],
      consent: {},
      absorbedCustomerIds: [],
    };
  }
  if (event.type === 'customer.erased.v1') {
    if (state.status === 'unknown' || state.status === 'erased') return state;
    return { status: 'erased', id: state.id, erasedCustomerIds: event.data.erasedCustomerIds };
  }
  // A merged customer is only a redirect now, and an erased one keeps nothing: neither changes again.
  if (state.status !== 'active') return state;
  return evolveActive(state, event);
}

function evolveActive(state: KnownCustomer & { status: 'active' }, event: Event): CustomerState {
  switch (event.type) {
    case 'customer.identity-linked.v1':
      return { ...state, identities: withIdentities(state.identities, [event.data.identity]) };
    case 'customer.identity-unlinked.v1':
      return { ...state, identities: state.identities.filter((identity) => !sameIdentity(identity, event.data)) };
    case 'customer.profile-updated.v1':
      return { ...state, profile: applyProfileChanges(state.profile, event.data.changes) };
    case 'customer.consent-given.v1':
      return { ...state, consent: { ...state.consent, [event.data.purpose]: 'given' } };
    case 'customer.consent-withdrawn.v1':
      return { ...state, consent: { ...state.consent, [event.data.purpose]: 'withdrawn' } };
    case 'customer.merged.v1':
      return evolveMerged(state, event.data);
    case 'customer.created.v1':
    case 'customer.erased.v1':
      return state;
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

function evolveMerged(state: KnownCustomer & { status: 'active' }, merge: Extract<Event, { type: 'customer.merged.v1' }>['data']): CustomerState {
  if (merge.sourceCustomerId === state.id) {
    // The identities moved to the target; what stays here is only the redirect.
    return { ...state, status: 'merged', mergedInto: merge.targetCustomerId, identities: [] };
  }
  if (merge.targetCustomerId !== state.id || state.absorbedCustomerIds.includes(merge.sourceCustomerId)) return state;
  return {
    ...state,
    identities: withIdentities(state.identities, merge.identities),
    profile: fillBlanks(state.profile, merge.profile),
    consent: stricterConsent(state.consent, merge.consent),
    absorbedCustomerIds: [...state.absorbedCustomerIds, ...merge.absorbedCustomerIds.filter((id) => !state.absorbedCustomerIds.includes(id))],
  };
}

function withIdentities(current: readonly LinkedIdentity<Personal>[], added: readonly LinkedIdentity<Personal>[]): LinkedIdentity<Personal>[] {
  const result = [...current];
  for (const identity of added) if (!result.some((existing) => sameIdentity(existing, identity))) result.push(identity);
  return result;
}

export function applyProfileChanges(profile: CustomerProfile, changes: ProfileChanges<Personal>): CustomerProfile {
  const attributes: Record<string, Personal> = { ...profile.attributes };
  for (const [key, value] of Object.entries(changes.attributes ?? {})) {
    if (value === null) delete attributes[key];
    else attributes[key] = value;
  }
  return {
    displayName: changes.displayName === undefined ? profile.displayName : changes.displayName,
    company: changes.company === undefined ? profile.company : changes.company,
    language: changes.language === undefined ? profile.language : changes.language,
    attributes,
  };
}

/** The customer who stays keeps what they have; the duplicate only fills what is blank. */
function fillBlanks(profile: CustomerProfile, other: ProfileSnapshot<Personal>): CustomerProfile {
  return {
    displayName: profile.displayName ?? other.displayName,
    company: profile.company ?? other.company,
    language: profile.language ?? other.language,
    attributes: { ...other.attributes, ...profile.attributes },
  };
}

/** Per purpose, a withdrawal on either side wins: merging must never turn a "no" into a "yes". */
export function stricterConsent(a: ConsentRecord, b: ConsentRecord): ConsentRecord {
  const result: Partial<Record<(typeof ConsentPurposes)[number], ConsentStatus>> = {};
  for (const purpose of ConsentPurposes) {
    const either = [a[purpose], b[purpose]];
    if (either.includes('withdrawn')) result[purpose] = 'withdrawn';
    else if (either.includes('given')) result[purpose] = 'given';
  }
  return result;
}
