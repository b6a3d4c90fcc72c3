import type { CustomerEvent, CustomerMergedPayload } from '@switchboard/contracts';
import { CannotMergeIntoItself, CustomerErased, CustomerMerged, CustomerNotFound, IdentityNotLinked, InvalidCommand } from '../errors';
import { deciderSpec } from '../testing/decider-spec';
import { created, email, linked, phone, whatsapp } from '../testing/fixtures';
import { customerDecider, foldCustomer } from './customer.decider';

const given = deciderSpec(customerDecider);
const A = 'cust-a';
const B = 'cust-b';

const profileUpdated = (changes: Extract<CustomerEvent<string>, { type: 'customer.profile-updated.v1' }>['data']['changes']): CustomerEvent<string> => ({
  type: 'customer.profile-updated.v1',
  data: { customerId: A, changes },
});
const consent = (type: 'customer.consent-given.v1' | 'customer.consent-withdrawn.v1', customerId: string, purpose: 'contact' | 'marketing' | 'recording'): CustomerEvent<string> => ({
  type,
  data: { customerId, purpose, recordedBy: 'user:u1' },
});
const erased = (customerId: string, erasedCustomerIds = [customerId]): CustomerEvent<string> => ({
  type: 'customer.erased.v1',
  data: { customerId, erasedCustomerIds, erasedBy: 'user:admin' },
});

function mergePayload(overrides: Partial<CustomerMergedPayload<string>> = {}): CustomerMergedPayload<string> {
  return {
    sourceCustomerId: A,
    targetCustomerId: B,
    absorbedCustomerIds: [A],
    identities: [email()],
    profile: { displayName: 'Jane', company: null, language: 'fr', attributes: { tier: 'gold' } },
    consent: { marketing: 'withdrawn', contact: 'given' },
    mergedBy: 'user:sup',
    ...overrides,
  };
}

describe('customer: RegisterContact (a channel event from an identity)', () => {
  it('creates a new customer and links the identity', () => {
    given([])
      .when({ type: 'RegisterContact', data: { customerId: A, identity: phone(), displayName: 'JANE DOE' } })
      .then([created(A, 'JANE DOE'), linked(A, phone())]);
  });

  it('creates a customer without an identity for a withheld caller id', () => {
    given([]).when({ type: 'RegisterContact', data: { customerId: A, identity: null, displayName: null } }).then([created(A)]);
  });

  it('records nothing when the identity is already linked (a redelivery, or the next message)', () => {
    given([created(A), linked(A, phone())])
      .when({ type: 'RegisterContact', data: { customerId: A, identity: phone(), displayName: 'Someone Else' } })
      .thenNothing();
  });

  it('links a second identity that resolved to the same customer (WhatsApp from the number that called)', () => {
    given([created(A), linked(A, phone())])
      .when({ type: 'RegisterContact', data: { customerId: A, identity: whatsapp(), displayName: null } })
      .then([linked(A, whatsapp())]);
  });

  it('refuses an erased or merged customer, so resolution looks again', () => {
    given([created(A), erased(A)]).when({ type: 'RegisterContact', data: { customerId: A, identity: phone(), displayName: null } }).thenRefuses(CustomerErased);
    const merged: CustomerEvent<string> = { type: 'customer.merged.v1', data: mergePayload({ identities: [] }) };
    given([created(A), merged]).when({ type: 'RegisterContact', data: { customerId: A, identity: phone(), displayName: null } }).thenRefuses(CustomerMerged);
  });
});

describe('customer: identities', () => {
  it('links a new identity once', () => {
    given([created(A)]).when({ type: 'LinkIdentity', data: { identity: email() } }).then([linked(A, email())]);
    given([created(A), linked(A, email())]).when({ type: 'LinkIdentity', data: { identity: email() } }).thenNothing();
  });

  it('refuses to link to a customer that does not exist', () => {
    given([]).when({ type: 'LinkIdentity', data: { identity: email() } }).thenRefuses(CustomerNotFound);
  });

  it('unlinks by kind and hash, never repeating the value', () => {
    given([created(A), linked(A, email())])
      .when({ type: 'UnlinkIdentity', data: { kind: 'email', valueHash: email().valueHash } })
      .then([{ type: 'customer.identity-unlinked.v1', data: { customerId: A, kind: 'email', valueHash: email().valueHash } }]);
  });

  it('refuses to unlink an identity the customer does not have', () => {
    given([created(A), linked(A, phone())]).when({ type: 'UnlinkIdentity', data: { kind: 'email', valueHash: 'nope' } }).thenRefuses(IdentityNotLinked);
  });
});

describe('customer: UpdateProfile', () => {
  it('records only what changes', () => {
    given([created(A, 'Jane'), profileUpdated({ language: 'en' })])
      .when({ type: 'UpdateProfile', data: { changes: { displayName: 'Jane', language: 'fr', company: 'Acme' } } })
      .then([profileUpdated({ language: 'fr', company: 'Acme' })]);
  });

  it('records nothing for a form saved twice', () => {
    given([created(A, 'Jane'), profileUpdated({ company: 'Acme', attributes: { tier: 'gold' } })])
      .when({ type: 'UpdateProfile', data: { changes: { displayName: 'Jane', company: 'Acme', attributes: { tier: 'gold', gone: null } } } })
      .thenNothing();
  });

  it('clears fields and removes attributes with null', () => {
    const spec = given([created(A, 'Jane'), profileUpdated({ attributes: { tier: 'gold', vip: 'yes' } })]);
    spec.when({ type: 'UpdateProfile', data: { changes: { displayName: null, attributes: { vip: null } } } }).then([
      profileUpdated({ displayName: null, attributes: { vip: null } }),
    ]);
    const after = foldCustomer([created(A, 'Jane'), profileUpdated({ attributes: { tier: 'gold', vip: 'yes' } }), profileUpdated({ displayName: null, attributes: { vip: null } })]);
    expect(after).toMatchObject({ status: 'active', profile: { displayName: null, attributes: { tier: 'gold' } } });
  });

  it('refuses attribute names that are not identifiers', () => {
    given([created(A)]).when({ type: 'UpdateProfile', data: { changes: { attributes: { 'has space': 'x' } } } }).thenRefuses(InvalidCommand);
  });
});

describe('customer: merge (A into B)', () => {
  const sourceHistory = [
    created(A, 'Jane'),
    linked(A, email()),
    profileUpdated({ language: 'fr', attributes: { tier: 'gold' } }),
    consent('customer.consent-given.v1', A, 'contact'),
    consent('customer.consent-withdrawn.v1', A, 'marketing'),
  ];

  it('records on the duplicate everything the target takes over', () => {
    given(sourceHistory)
      .when({ type: 'MergeInto', data: { targetCustomerId: B, mergedBy: 'user:sup' } })
      .then([{ type: 'customer.merged.v1', data: mergePayload() }]);
  });

  it('turns the duplicate into a redirect without identities', () => {
    const state = foldCustomer([...sourceHistory, { type: 'customer.merged.v1', data: mergePayload() }]);
    expect(state).toMatchObject({ status: 'merged', mergedInto: B, identities: [] });
  });

  it('is idempotent, and refuses a second merge elsewhere', () => {
    const history = [...sourceHistory, { type: 'customer.merged.v1', data: mergePayload() } as const];
    given(history).when({ type: 'MergeInto', data: { targetCustomerId: B, mergedBy: 'user:sup' } }).thenNothing();
    given(history).when({ type: 'MergeInto', data: { targetCustomerId: 'cust-c', mergedBy: 'user:sup' } }).thenRefuses(CustomerMerged);
  });

  it('refuses to merge a customer into itself or into one merged into it', () => {
    given(sourceHistory).when({ type: 'MergeInto', data: { targetCustomerId: A, mergedBy: 'u' } }).thenRefuses(CannotMergeIntoItself);
    const absorbedC: CustomerEvent<string> = { type: 'customer.merged.v1', data: mergePayload({ sourceCustomerId: 'cust-c', targetCustomerId: A, absorbedCustomerIds: ['cust-c'] }) };
    given([...sourceHistory, absorbedC]).when({ type: 'MergeInto', data: { targetCustomerId: 'cust-c', mergedBy: 'u' } }).thenRefuses(InvalidCommand);
  });

  it('lets the target absorb the duplicate once: identities, blanks filled, the stricter consent, the redirect list', () => {
    const target = [created(B), linked(B, phone()), profileUpdated({ language: 'en' }), consent('customer.consent-given.v1', B, 'marketing')].map((event) =>
      event.type === 'customer.profile-updated.v1' ? { ...event, data: { ...event.data, customerId: B } } : event,
    );
    given(target).when({ type: 'AbsorbMerged', data: { merge: mergePayload() } }).then([{ type: 'customer.merged.v1', data: mergePayload() }]);
    const state = foldCustomer([...target, { type: 'customer.merged.v1', data: mergePayload() }]);
    expect(state).toEqual({
      status: 'active',
      id: B,
      profile: { displayName: 'Jane', company: null, language: 'en', attributes: { tier: 'gold' } },
      identities: [phone(), email()],
      consent: { contact: 'given', marketing: 'withdrawn' },
      absorbedCustomerIds: [A],
    });
    given([...target, { type: 'customer.merged.v1', data: mergePayload() }]).when({ type: 'AbsorbMerged', data: { merge: mergePayload() } }).thenNothing();
  });
});

describe('customer: consent', () => {
  it('records a change per purpose, and nothing when it is already so', () => {
    given([created(A)]).when({ type: 'GiveConsent', data: { purpose: 'recording', recordedBy: 'user:u1' } }).then([consent('customer.consent-given.v1', A, 'recording')]);
    given([created(A), consent('customer.consent-given.v1', A, 'recording')]).when({ type: 'GiveConsent', data: { purpose: 'recording', recordedBy: 'user:u1' } }).thenNothing();
    given([created(A), consent('customer.consent-given.v1', A, 'recording')])
      .when({ type: 'WithdrawConsent', data: { purpose: 'recording', recordedBy: 'user:u1' } })
      .then([consent('customer.consent-withdrawn.v1', A, 'recording')]);
  });
});

describe('customer: erasure', () => {
  it('names every customer whose keys go: itself and those merged into it', () => {
    const absorbed: CustomerEvent<string> = { type: 'customer.merged.v1', data: mergePayload({ sourceCustomerId: 'cust-c', targetCustomerId: A, absorbedCustomerIds: ['cust-c', 'cust-d'] }) };
    given([created(A), absorbed]).when({ type: 'EraseCustomer', data: { erasedBy: 'user:admin' } }).then([erased(A, [A, 'cust-c', 'cust-d'])]);
  });

  it('keeps nothing personal in the state, is idempotent, and refuses every other change', () => {
    const history = [created(A, 'Jane'), linked(A, email()), erased(A)];
    expect(foldCustomer(history)).toEqual({ status: 'erased', id: A, erasedCustomerIds: [A] });
    given(history).when({ type: 'EraseCustomer', data: { erasedBy: 'user:admin' } }).thenNothing();
    given(history).when({ type: 'UpdateProfile', data: { changes: { displayName: 'Back' } } }).thenRefuses(CustomerErased);
    given(history).when({ type: 'LinkIdentity', data: { identity: phone() } }).thenRefuses(CustomerErased);
    given(history).when({ type: 'GiveConsent', data: { purpose: 'contact', recordedBy: 'u' } }).thenRefuses(CustomerErased);
  });

  it('refuses to erase a customer that does not exist', () => {
    given([]).when({ type: 'EraseCustomer', data: { erasedBy: 'user:admin' } }).thenRefuses(CustomerNotFound);
  });
});
