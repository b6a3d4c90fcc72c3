import fc from 'fast-check';
import type { ConsentPurpose, CustomerEvent, LinkedIdentity } from '@switchboard/contracts';
import { ConsentPurposes } from '@switchboard/contracts';
import { TimelineDomainError } from '../errors';
import type { Personal } from '../personal';
import type { CustomerCommand } from './customer.commands';
import { decideCustomer } from './customer.decide';
import { evolveCustomer } from './customer.evolve';
import { initialCustomerState, sameIdentity, type CustomerState } from './customer.state';

const IDS = ['a', 'b', 'c'] as const;
type Id = (typeof IDS)[number];

const identityArb: fc.Arbitrary<LinkedIdentity<string>> = fc
  .record({ kind: fc.constantFrom('phone', 'whatsapp', 'email', 'telegram'), n: fc.integer({ min: 0, max: 3 }) })
  .map(({ kind, n }) => ({ kind, valueHash: `h${kind === 'whatsapp' ? 'phone' : kind}${n}`, value: `v${n}` }));
const purposeArb = fc.constantFrom<ConsentPurpose>(...ConsentPurposes);
const text = fc.constantFrom('Jane', 'Acme', 'x');

/** A step of the world: a command for one customer, or a merge across two (source step, then target step). */
type Step = { readonly kind: 'command'; readonly on: Id; readonly command: CustomerCommand } | { readonly kind: 'merge'; readonly source: Id; readonly target: Id };

const commandArb = (on: Id): fc.Arbitrary<CustomerCommand> =>
  fc.oneof(
    fc.record({ identity: fc.option(identityArb, { nil: null }), displayName: fc.option(text, { nil: null }) }).map(
      ({ identity, displayName }): CustomerCommand => ({ type: 'RegisterContact', data: { customerId: on, identity, displayName } }),
    ),
    identityArb.map((identity): CustomerCommand => ({ type: 'LinkIdentity', data: { identity } })),
    identityArb.map((identity): CustomerCommand => ({ type: 'UnlinkIdentity', data: { kind: identity.kind, valueHash: identity.valueHash } })),
    fc
      .record({ displayName: fc.option(text, { nil: null }), company: fc.option(text, { nil: null }), language: fc.option(fc.constantFrom('en', 'fr'), { nil: null }) })
      .map((changes): CustomerCommand => ({ type: 'UpdateProfile', data: { changes } })),
    purposeArb.map((purpose): CustomerCommand => ({ type: 'GiveConsent', data: { purpose, recordedBy: 'u' } })),
    purposeArb.map((purpose): CustomerCommand => ({ type: 'WithdrawConsent', data: { purpose, recordedBy: 'u' } })),
    fc.constant<CustomerCommand>({ type: 'EraseCustomer', data: { erasedBy: 'admin' } }),
  );

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...IDS).chain((on) => commandArb(on).map((command): Step => ({ kind: 'command', on, command }))) },
  { weight: 2, arbitrary: fc.record({ source: fc.constantFrom(...IDS), target: fc.constantFrom(...IDS) }).map((pair): Step => ({ kind: 'merge', ...pair })) },
);

interface World {
  states: Record<Id, CustomerState>;
  streams: Record<Id, CustomerEvent<Personal>[]>;
}

/** Runs a command the way a handler does: decide, then fold what was decided. Only typed refusals may be thrown. */
function run(world: World, on: Id, command: CustomerCommand): CustomerEvent<Personal>[] {
  let events: CustomerEvent<Personal>[];
  try {
    events = decideCustomer(command, world.states[on]);
  } catch (error) {
    if (error instanceof TimelineDomainError) return [];
    throw error;
  }
  world.streams[on].push(...events);
  world.states[on] = events.reduce(evolveCustomer, world.states[on]);
  return events;
}

function expectRefusal(decide: () => unknown): void {
  let refusal: unknown;
  try {
    decide();
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toBeInstanceOf(TimelineDomainError);
}

/** Customers usually exist before anything else happens to them; the prelude makes merges between them likely. */
const PRELUDE: readonly Step[] = IDS.map((on) => ({ kind: 'command', on, command: { type: 'RegisterContact', data: { customerId: on, identity: null, displayName: null } } }));

function play(steps: readonly Step[], check: (world: World, step: Step, before: World['states']) => void): World {
  const world: World = { states: { a: initialCustomerState(), b: initialCustomerState(), c: initialCustomerState() }, streams: { a: [], b: [], c: [] } };
  for (const step of [...PRELUDE, ...steps]) {
    const before = { ...world.states };
    if (step.kind === 'command') run(world, step.on, step.command);
    else {
      // The handler's two steps: the duplicate records the merge, then the target absorbs it (only if still active).
      const [merged] = world.states[step.target].status === 'active' ? run(world, step.source, { type: 'MergeInto', data: { targetCustomerId: step.target, mergedBy: 'sup' } }) : [];
      if (merged?.type === 'customer.merged.v1') run(world, step.target, { type: 'AbsorbMerged', data: { merge: merged.data } });
    }
    check(world, step, before);
  }
  return world;
}

describe('customer invariants (property-based)', () => {
  it('explores merged and erased customers, not only active ones', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const world = play(steps, () => undefined);
        for (const id of IDS) reached.add(world.states[id].status);
      }),
    );
    expect([...reached].sort()).toEqual(['active', 'erased', 'merged']);
  });

  it('evolve never throws and always agrees with a replay from the start', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const world = play(steps, () => undefined);
        for (const id of IDS) expect(world.streams[id].reduce(evolveCustomer, initialCustomerState())).toEqual(world.states[id]);
      }),
    );
  });

  it('an erased customer holds nothing personal and accepts no change but a repeated erasure', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), fc.constantFrom(...IDS), commandArb('a'), (steps, id, probe) => {
        const world = play(steps, () => undefined);
        const state = world.states[id];
        if (state.status !== 'erased') return;
        expect(Object.keys(state).sort()).toEqual(['erasedCustomerIds', 'id', 'status']);
        expect(state.erasedCustomerIds[0]).toBe(id);
        const decided = () => decideCustomer(probe, state);
        if (probe.type === 'EraseCustomer') expect(decided()).toEqual([]);
        else expectRefusal(decided);
      }),
    );
  });

  it('a merged customer is only a redirect: no identities, and it takes no more changes', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), fc.constantFrom(...IDS), commandArb('a'), (steps, id, probe) => {
        const state = play(steps, () => undefined).states[id];
        if (state.status !== 'merged') return;
        expect(state.identities).toEqual([]);
        expect(state.mergedInto).not.toBe(id);
        expectRefusal(() => decideCustomer(probe, state));
      }),
    );
  });

  it('merging never turns a withdrawn consent into a given one, and never drops an identity', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        play(steps, (world, step, before) => {
          if (step.kind !== 'merge') return;
          const source = before[step.source];
          const target = world.states[step.target];
          if (source.status !== 'active' || world.states[step.source].status !== 'merged' || target.status !== 'active') return;
          for (const purpose of ConsentPurposes) {
            if (source.consent[purpose] === 'withdrawn') expect(target.consent[purpose]).toBe('withdrawn');
          }
          for (const identity of source.identities) expect(target.identities.some((held) => sameIdentity(held, identity))).toBe(true);
          expect(target.absorbedCustomerIds).toContain(step.source);
        });
      }),
    );
  });

  it('an active customer never holds the same identity twice', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        play(steps, (world) => {
          for (const id of IDS) {
            const state = world.states[id];
            if (state.status !== 'active') continue;
            const keys = state.identities.map((identity) => `${identity.kind}/${identity.valueHash}`);
            expect(new Set(keys).size).toBe(keys.length);
          }
        });
      }),
    );
  });
});
