import type { CustomerEvent, ProfileChanges } from '@switchboard/contracts';
import { CannotMergeIntoItself, CustomerErased, CustomerMerged, CustomerNotFound, IdentityNotLinked, InvalidCommand } from '../errors';
import type { Personal } from '../personal';
import type {
  AbsorbMerged,
  CustomerCommand,
  EraseCustomer,
  GiveConsent,
  LinkIdentity,
  MergeInto,
  RegisterContact,
  UnlinkIdentity,
  UpdateProfile,
  WithdrawConsent,
} from './customer.commands';
import { sameIdentity, type CustomerState, type KnownCustomer } from './customer.state';

type Event = CustomerEvent<Personal>;
type Active = KnownCustomer & { readonly status: 'active' };

/** What the customer records for `command`, or a typed refusal. An empty list: nothing to record (already so). */
export function decideCustomer(command: CustomerCommand, state: CustomerState): Event[] {
  switch (command.type) {
    case 'RegisterContact':
      return registerContact(command, state);
    case 'LinkIdentity':
      return linkIdentity(command, active(state));
    case 'UnlinkIdentity':
      return unlinkIdentity(command, active(state));
    case 'UpdateProfile':
      return updateProfile(command, active(state));
    case 'MergeInto':
      return mergeInto(command, state);
    case 'AbsorbMerged':
      return absorbMerged(command, active(state));
    case 'GiveConsent':
    case 'WithdrawConsent':
      return changeConsent(command, active(state));
    case 'EraseCustomer':
      return erase(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}

/** The state of a customer who can still change, or the refusal that says why not. */
function active(state: CustomerState): Active {
  switch (state.status) {
    case 'active':
      return state;
    case 'unknown':
      throw new CustomerNotFound(null);
    case 'merged':
      throw new CustomerMerged(state.id, state.mergedInto);
    case 'erased':
      throw new CustomerErased(state.id);
  }
}

function registerContact({ data }: RegisterContact, state: CustomerState): Event[] {
  if (state.status === 'unknown') {
    const created: Event = { type: 'customer.created.v1', data: { customerId: data.customerId, origin: 'channel', displayName: data.displayName } };
    if (data.identity === null) return [created];
    return [created, { type: 'customer.identity-linked.v1', data: { customerId: data.customerId, identity: data.identity } }];
  }
  const customer = active(state);
  if (data.identity === null) return [];
  return linkIdentity({ type: 'LinkIdentity', data: { identity: data.identity } }, customer);
}

function linkIdentity({ data }: LinkIdentity, state: Active): Event[] {
  if (state.identities.some((identity) => sameIdentity(identity, data.identity))) return [];
  return [{ type: 'customer.identity-linked.v1', data: { customerId: state.id, identity: data.identity } }];
}

function unlinkIdentity({ data }: UnlinkIdentity, state: Active): Event[] {
  if (!state.identities.some((identity) => sameIdentity(identity, data))) throw new IdentityNotLinked();
  return [{ type: 'customer.identity-unlinked.v1', data: { customerId: state.id, kind: data.kind, valueHash: data.valueHash } }];
}

const ATTRIBUTE_KEY = /^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/;

function updateProfile({ data }: UpdateProfile, state: Active): Event[] {
  const problems = Object.keys(data.changes.attributes ?? {})
    .filter((key) => !ATTRIBUTE_KEY.test(key))
    .map((key) => `attribute name ${JSON.stringify(key)} must start with a letter and use letters, digits, _ . - (64 at most)`);
  if (problems.length > 0) throw new InvalidCommand(problems);
  const changes = effectiveChanges(data.changes, state);
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'customer.profile-updated.v1', data: { customerId: state.id, changes } }];
}

/** Only what actually changes is recorded, so a form saved twice leaves one event. */
function effectiveChanges(changes: ProfileChanges<string>, { profile }: Active): ProfileChanges<Personal> {
  const result: { -readonly [K in keyof ProfileChanges<Personal>]: ProfileChanges<Personal>[K] } = {};
  if (changes.displayName !== undefined && changes.displayName !== profile.displayName) result.displayName = changes.displayName;
  if (changes.company !== undefined && changes.company !== profile.company) result.company = changes.company;
  if (changes.language !== undefined && changes.language !== profile.language) result.language = changes.language;
  const attributes = Object.entries(changes.attributes ?? {}).filter(([key, value]) =>
    value === null ? key in profile.attributes : profile.attributes[key] !== value,
  );
  if (attributes.length > 0) result.attributes = Object.fromEntries(attributes);
  return result;
}

function mergeInto({ data }: MergeInto, state: CustomerState): Event[] {
  if (state.status === 'merged' && state.mergedInto === data.targetCustomerId) return [];
  const source = active(state);
  if (data.targetCustomerId === source.id) throw new CannotMergeIntoItself();
  if (source.absorbedCustomerIds.includes(data.targetCustomerId)) {
    // The target already redirects here; merging back would make a loop.
    throw new InvalidCommand(['the target customer was merged into this one; merge the other way round']);
  }
  return [
    {
      type: 'customer.merged.v1',
      data: {
        sourceCustomerId: source.id,
        targetCustomerId: data.targetCustomerId,
        absorbedCustomerIds: [source.id, ...source.absorbedCustomerIds],
        identities: source.identities,
        profile: source.profile,
        consent: source.consent,
        mergedBy: data.mergedBy,
      },
    },
  ];
}

function absorbMerged({ data }: AbsorbMerged, state: Active): Event[] {
  const { merge } = data;
  if (merge.targetCustomerId !== state.id) throw new InvalidCommand(['this merge is for another customer']);
  if (merge.sourceCustomerId === state.id) throw new CannotMergeIntoItself();
  if (state.absorbedCustomerIds.includes(merge.sourceCustomerId)) return [];
  return [{ type: 'customer.merged.v1', data: merge }];
}

function changeConsent(command: GiveConsent | WithdrawConsent, state: Active): Event[] {
  const { purpose, recordedBy } = command.data;
  const status = command.type === 'GiveConsent' ? 'given' : 'withdrawn';
  if (state.consent[purpose] === status) return [];
  const type = command.type === 'GiveConsent' ? 'customer.consent-given.v1' : 'customer.consent-withdrawn.v1';
  return [{ type, data: { customerId: state.id, purpose, recordedBy } }];
}

function erase({ data }: EraseCustomer, state: CustomerState): Event[] {
  if (state.status === 'erased') return [];
  const customer = active(state);
  return [
    {
      type: 'customer.erased.v1',
      data: { customerId: customer.id, erasedCustomerIds: [customer.id, ...customer.absorbedCustomerIds], erasedBy: data.erasedBy },
    },
  ];
}
