/** An aggregate as one value, the shape a command handler runs (Emmett's `Decider`). */
export interface Decider<Command, State, Event> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** A command: a tagged intent with its data. Time and ids are chosen by the caller and passed in. */
export interface Command<TType extends string, TData> {
  readonly type: TType;
  readonly data: TData;
}
