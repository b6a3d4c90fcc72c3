/**
 * Keeps a flood of one kind of log line down to one line per window. kafkajs logs every retry of
 * every connection attempt, and a consumer whose broker is gone restarts a few times a second:
 * without this, a broker outage buries everything else in the log.
 */
export interface RepeatFilter {
  /** Whether to log a line of this kind now, and how many of its kind were dropped since the last one. */
  admit(kind: string): { readonly admitted: boolean; readonly suppressed: number };
}

const MAX_KINDS = 1000;

export function createRepeatFilter(windowMs: number, now: () => number = Date.now): RepeatFilter {
  const kinds = new Map<string, { until: number; suppressed: number }>();
  return {
    admit(kind) {
      const time = now();
      const entry = kinds.get(kind);
      if (entry !== undefined && time < entry.until) {
        entry.suppressed++;
        return { admitted: false, suppressed: entry.suppressed };
      }
      if (kinds.size >= MAX_KINDS) for (const [key, old] of kinds) if (old.until <= time) kinds.delete(key);
      kinds.set(kind, { until: time + windowMs, suppressed: 0 });
      return { admitted: true, suppressed: entry?.suppressed ?? 0 };
    },
  };
}
