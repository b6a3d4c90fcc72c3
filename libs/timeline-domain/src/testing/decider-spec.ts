import type { Decider } from '../decider';

/**
 * Given-events / when-command / then-events, as Emmett's `DeciderSpecification`: the state is
 * always folded from the given events, never built by hand.
 */
export function deciderSpec<Command, State, Event>(decider: Decider<Command, State, Event>) {
  return (given: readonly Event[]) => {
    const state = given.reduce(decider.evolve, decider.initialState());
    return {
      when: (command: Command) => ({
        then: (expected: readonly Event[]) => expect(decider.decide(command, state)).toEqual(expected),
        thenNothing: () => expect(decider.decide(command, state)).toEqual([]),
        thenRefuses: (error: new (...args: never[]) => Error) => expect(() => decider.decide(command, state)).toThrow(error),
      }),
      state,
    };
  };
}
