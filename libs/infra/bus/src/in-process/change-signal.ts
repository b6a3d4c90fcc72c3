/**
 * Wakes idle partition loops when something they wait for may have changed (a publish, a consumer
 * joining or leaving, the bus closing). Loops re-check their own condition after every wake-up, so
 * one bus-wide signal is enough, and a loop checks and starts waiting in one synchronous step, so
 * no wake-up can be lost in between.
 */
export interface ChangeSignal {
  /** Resolves at the next `notify()`. */
  wait(): Promise<void>;
  notify(): void;
}

export function createChangeSignal(): ChangeSignal {
  let wake: () => void = () => undefined;
  let next = new Promise<void>((resolve) => (wake = resolve));
  return {
    wait: () => next,
    notify() {
      const wakeCurrent = wake;
      next = new Promise<void>((resolve) => (wake = resolve));
      wakeCurrent();
    },
  };
}
