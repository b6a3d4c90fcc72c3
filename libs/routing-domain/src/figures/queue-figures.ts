/** Today's counters of one queue, as the routing state keeps them (UTC day). */
export interface QueueCounters {
  readonly offered: number;
  /** Live contacts accepted by an agent (callbacks are counted apart). */
  readonly answered: number;
  readonly answeredWithinTarget: number;
  readonly abandoned: number;
  /** Abandoned before the service-level threshold: not held against the service level. */
  readonly abandonedWithinTarget: number;
  readonly selfServiceResolved: number;
  readonly missed: number;
  /** Calls that became callback requests: neither answered nor abandoned. */
  readonly callbacksRequested: number;
  /** Callback requests an agent accepted to call back. */
  readonly callbacksAnswered: number;
}

export const EMPTY_COUNTERS: QueueCounters = {
  offered: 0,
  answered: 0,
  answeredWithinTarget: 0,
  abandoned: 0,
  abandonedWithinTarget: 0,
  selfServiceResolved: 0,
  missed: 0,
  callbacksRequested: 0,
  callbacksAnswered: 0,
};

/**
 * Service level today, in percent: contacts answered within the target time out of those answered
 * plus those abandoned after it (a customer who hung up within the target is not held against it).
 * Callbacks are left out both ways: the customer chose, or was offered, to be called later.
 * Null before any contact counted.
 */
export function serviceLevelPercent(counters: QueueCounters): number | null {
  const base = counters.answered + (counters.abandoned - counters.abandonedWithinTarget);
  return base === 0 ? null : Math.round((counters.answeredWithinTarget / base) * 1000) / 10;
}

/** The UTC day a counter belongs to. */
export function dayOf(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
