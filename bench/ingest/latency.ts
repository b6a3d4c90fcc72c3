/** Latencies of one phase, in milliseconds; percentiles by sorting (a phase holds at most a few hundred thousand). */
export class LatencyRecorder {
  private values = new Float64Array(1 << 16);
  private size = 0;

  record(ms: number): void {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = ms;
  }

  get count(): number {
    return this.size;
  }

  /** `p` in [0, 100]; 0 when nothing was recorded. */
  percentile(p: number): number {
    if (this.size === 0) return 0;
    const sorted = this.values.slice(0, this.size).sort();
    const index = Math.min(this.size - 1, Math.max(0, Math.ceil((p / 100) * this.size) - 1));
    return sorted[index] ?? 0;
  }

  /** The p99 of the most recent `last` values, for the progress line. */
  recentPercentile(p: number, last = 2000): number {
    const from = Math.max(0, this.size - last);
    const recent = this.values.slice(from, this.size).sort();
    if (recent.length === 0) return 0;
    return recent[Math.min(recent.length - 1, Math.ceil((p / 100) * recent.length) - 1)] ?? 0;
  }
}
