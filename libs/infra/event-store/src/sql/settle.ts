/** Pauses between looks: short at first (appends commit in milliseconds), never long. */
const FIRST_PAUSE_MS = 1;
const LONGEST_PAUSE_MS = 16;

/**
 * Runs `look` until it says settled or `timeoutMs` has passed, then answers its last value. Used by
 * reads that wait for transactions older than the newest committed event to end.
 */
export async function settle<T>(timeoutMs: number, look: () => Promise<{ value: T; settled: boolean }>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(LONGEST_PAUSE_MS, pause * 2)) {
    const { value, settled } = await look();
    if (settled || Date.now() + pause > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
