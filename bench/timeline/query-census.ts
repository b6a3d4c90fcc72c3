import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

interface Tally {
  calls: number;
  totalMs: number;
}

/** The statement's first words, so that calls group by kind and never carry values. */
function kindOf(config: unknown): string {
  const text = typeof config === 'string' ? config : ((config as { text?: string } | null)?.text ?? '?');
  return text.replace(/\s+/g, ' ').trim().slice(0, 90);
}

/**
 * Profiling aid for a bench server (BENCH_QUERY_CENSUS=<file>): counts every statement sent through
 * `pg` in this process, by kind, with the time from sending to the answer (queueing on a busy
 * connection included), and writes the tally to the file when the process stops. Counts only: no
 * parameter ever leaves the process.
 */
export function startQueryCensus(file: string): () => void {
  const tallies = new Map<string, Tally>();
  const started = performance.now();
  const record = (kind: string, since: number) => {
    const tally = tallies.get(kind) ?? { calls: 0, totalMs: 0 };
    tally.calls += 1;
    tally.totalMs += performance.now() - since;
    tallies.set(kind, tally);
  };
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function query(this: Client, ...args: unknown[]) {
    const kind = kindOf(args[0]);
    const since = performance.now();
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (...results: unknown[]) => {
        record(kind, since);
        return (last as (...values: unknown[]) => unknown)(...results);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) void result.then(() => record(kind, since), () => record(kind, since));
    return result;
  };
  return () => {
    const rows = [...tallies].sort(([, a], [, b]) => b.calls - a.calls).map(([kind, tally]) => ({ kind, calls: tally.calls, meanMs: Math.round((tally.totalMs / tally.calls) * 100) / 100 }));
    writeFileSync(file, `${JSON.stringify({ seconds: Math.round((performance.now() - started) / 100) / 10, statements: rows }, null, 2)}\n`);
  };
}
