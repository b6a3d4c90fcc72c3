import type { LatencyRecorder } from './latency';

/**
 * A live line per phase: elapsed time, accepted events, rate, recent p99 and errors. Redrawn in
 * place on a terminal, one line every 2 s otherwise (CI logs).
 */
export function startProgress(name: string, seconds: number, latencies: LatencyRecorder, errors: () => number): () => void {
  const started = Date.now();
  const tty = process.stdout.isTTY === true;
  const draw = () => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = latencies.count / Math.max(elapsed, 0.001);
    const line = `  ${name.padEnd(22)} ${elapsed.toFixed(1).padStart(5)}s/${seconds}s  accepted ${latencies.count.toLocaleString('en-US').padStart(8)}  ${Math.round(rate).toLocaleString('en-US').padStart(6)}/s  p99 ${latencies.recentPercentile(99).toFixed(1).padStart(6)} ms  errors ${errors()}`;
    process.stdout.write(tty ? `\r${line}` : `${line}\n`);
  };
  const timer = setInterval(draw, tty ? 250 : 2000);
  return () => {
    clearInterval(timer);
    draw();
    if (tty) process.stdout.write('\n');
  };
}
