/**
 * Lets a consumer's `stop()` cut short the backoff between retries. The handler itself is never
 * interrupted: stopping only prevents the next attempt, so the message stays uncommitted and is
 * redelivered to the group's next consumer.
 */
export interface StopSignal {
  readonly stopped: boolean;
  stop(): void;
  /** Resolves with true after `ms`, or with false as soon as (or if already) stopped. */
  sleep(ms: number): Promise<boolean>;
}

export function createStopSignal(): StopSignal {
  let stopped = false;
  const wakers = new Set<() => void>();
  return {
    get stopped() {
      return stopped;
    },
    stop() {
      stopped = true;
      for (const wake of wakers) wake();
      wakers.clear();
    },
    sleep(ms) {
      if (stopped) return Promise.resolve(false);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(false);
        };
        const timer = setTimeout(() => {
          wakers.delete(wake);
          resolve(true);
        }, ms);
        wakers.add(wake);
      });
    },
  };
}
