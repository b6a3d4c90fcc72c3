import type { EventEnvelope } from '@switchboard/contracts';
import { StreamVersionConflict, type EventStore, type RecordedEvent } from '@switchboard/infra-event-store';

export interface CommandRun<State, Event> {
  readonly store: EventStore;
  readonly streamId: string;
  /** Folds the stream as read into the state decisions are made on. */
  fold(recorded: readonly RecordedEvent[]): Promise<State> | State;
  /** What to record; throws a typed refusal. Called again, on fresh state, after a conflict. */
  decide(state: State): Event[];
  evolve(state: State, event: Event): State;
  toEnvelopes(events: readonly Event[]): Promise<EventEnvelope[]>;
  readonly maxAttempts?: number;
}

export interface CommandResult<State, Event> {
  readonly state: State;
  readonly events: readonly Event[];
  /** Events of the stream before this command (for callers that need the history, e.g. a merge's payload). */
  readonly history: readonly RecordedEvent[];
}

/** Raised when a stream kept changing under us for every attempt. Retriable: the bus will redeliver. */
export class CommandKeptConflicting extends Error {
  readonly code = 'STREAM_VERSION_CONFLICT';
  readonly retriable = true;
  constructor(streamId: string, attempts: number) {
    super(`${streamId} changed under ${attempts} attempts in a row`);
    this.name = 'CommandKeptConflicting';
  }
}

/**
 * Load, decide, append with the expected revision; on `StreamVersionConflict` read again and decide
 * again, since what to record may differ now (Emmett's `CommandHandler` with retries).
 */
export async function runCommand<State, Event>(run: CommandRun<State, Event>): Promise<CommandResult<State, Event>> {
  // One writer wins each round, so n writers racing on one stream may need n rounds.
  const attempts = run.maxAttempts ?? 25;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const history = await run.store.readStream(run.streamId);
    const state = await run.fold(history);
    const events = run.decide(state);
    if (events.length === 0) return { state, events, history };
    const last = history[history.length - 1];
    try {
      await run.store.append(run.streamId, await run.toEnvelopes(events), { expectedRevision: last ? last.revision : 'no_stream' });
      return { state: events.reduce(run.evolve, state), events, history };
    } catch (error) {
      if (!(error instanceof StreamVersionConflict)) throw error;
      // Another writer won: a short, growing, jittered pause spreads out writers that race again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * attempt)));
    }
  }
  throw new CommandKeptConflicting(run.streamId, attempts);
}
