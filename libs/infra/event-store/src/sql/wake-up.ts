/**
 * Lets idle subscriptions sleep until either their poll interval passes or something changed
 * (an append through the same store, a stop). The generation counter closes the gap between a
 * reader finding nothing and starting to wait: a signal in between makes the wait return at once.
 */
export interface WakeUp {
  readonly generation: number;
  signal(): void;
  /** Resolves after `ms`, or as soon as a signal arrives (or has arrived since `seenGeneration`). */
  wait(ms: number, seenGeneration: number): Promise<void>;
}

export function createWakeUp(): WakeUp {
  let generation = 0;
  const waiting = new Set<() => void>();
  return {
    get generation() {
      return generation;
    },
    signal() {
      generation += 1;
      for (const wake of [...waiting]) wake();
    },
    wait(ms, seenGeneration) {
      if (seenGeneration !== generation) return Promise.resolve();
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        waiting.add(wake);
      });
    },
  };
}
