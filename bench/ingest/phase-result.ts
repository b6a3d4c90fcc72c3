import type { LatencyRecorder } from './latency';

/** What one timed phase measured. */
export interface PhaseResult {
  readonly name: string;
  readonly seconds: number;
  readonly accepted: number;
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
  readonly maxMs: number;
  /** Answers other than 200, by status (or `network`). */
  readonly errors: Readonly<Record<string, number>>;
  readonly targetRate?: number;
}

export function phaseResult(name: string, seconds: number, latencies: LatencyRecorder, errors: Record<string, number>, targetRate?: number): PhaseResult {
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    name,
    seconds: round(seconds),
    accepted: latencies.count,
    eventsPerSecond: Math.round(latencies.count / seconds),
    p50Ms: round(latencies.percentile(50)),
    p99Ms: round(latencies.percentile(99)),
    p999Ms: round(latencies.percentile(99.9)),
    maxMs: round(latencies.percentile(100)),
    errors,
    ...(targetRate === undefined ? {} : { targetRate }),
  };
}
