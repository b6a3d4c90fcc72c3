import type { FiguresPush } from '@switchboard/contracts/realtime';

/**
 * Service level and volume through the day, sampled from the pushed figures. The server pushes
 * today's totals, not a history, so the wallboard keeps its own: one point per 15 minutes, stored
 * per tenant and day in localStorage so that a reload keeps the morning.
 */
export interface DayPoint {
  /** Epoch ms of the bucket's start. */
  readonly at: number;
  /** Contacts handled in the bucket (answered + abandoned + resolved by self-service). */
  readonly volume: number;
  /** Service level across queues at the end of the bucket; null before any contact counted. */
  readonly serviceLevel: number | null;
}

export interface DayHistory {
  readonly day: string;
  /** Handled contacts already counted when the wallboard first saw the day (they are in the first bar). */
  readonly baseline: number;
  /** Handled contacts at the last sample. */
  readonly lastTotal: number;
  readonly points: readonly DayPoint[];
}

export const BUCKET_MS = 15 * 60_000;

export function handledTotal(figures: FiguresPush): number {
  return figures.queues.reduce((sum, queue) => sum + queue.answeredToday + queue.abandonedToday + queue.selfServiceResolvedToday, 0);
}

/** Across queues, weighted by how many contacts each queue's figure covers. */
export function overallServiceLevel(figures: FiguresPush): number | null {
  let weight = 0;
  let sum = 0;
  for (const queue of figures.queues) {
    if (queue.serviceLevelPercent === null) continue;
    const counted = Math.max(1, queue.answeredToday + queue.abandonedToday);
    weight += counted;
    sum += queue.serviceLevelPercent * counted;
  }
  return weight === 0 ? null : Math.round((sum / weight) * 10) / 10;
}

export function recordFigures(history: DayHistory | null, figures: FiguresPush): DayHistory {
  const at = Date.parse(figures.at);
  const day = figures.at.slice(0, 10);
  const total = handledTotal(figures);
  // The first sample of the day puts what was handled before the wallboard opened into its bucket
  // (the caption says so), rather than losing it.
  const current: DayHistory = history && history.day === day ? history : { day, baseline: total, lastTotal: 0, points: [] };
  const bucket = Math.floor(at / BUCKET_MS) * BUCKET_MS;
  const added = Math.max(0, total - current.lastTotal);
  const last = current.points[current.points.length - 1];
  const serviceLevel = overallServiceLevel(figures);
  const points =
    last && last.at === bucket
      ? [...current.points.slice(0, -1), { at: bucket, volume: last.volume + added, serviceLevel }]
      : [...current.points, { at: bucket, volume: added, serviceLevel }];
  return { ...current, lastTotal: total, points };
}

const storageKey = (tenantId: string) => `switchboard.wallboard.history.${tenantId}`;

export function loadHistory(tenantId: string): DayHistory | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(tenantId)) ?? 'null');
    if (typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as DayHistory).points)) return parsed as DayHistory;
  } catch {
    // A corrupt or blocked store starts the day afresh.
  }
  return null;
}

export function saveHistory(tenantId: string, history: DayHistory): void {
  try {
    localStorage.setItem(storageKey(tenantId), JSON.stringify(history));
  } catch {
    // Blocked storage: the chart still works for this page.
  }
}
