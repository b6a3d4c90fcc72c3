/**
 * Drops the timeline read model and replays the event store into it, with a progress bar on stderr.
 *
 *   npm run projections:rebuild
 *
 * Reads the same environment as the apps (DATABASE_URL, EVENT_STORE, DATA_DIR, ...) and, like
 * tenant:create with ADMIN_PASSWORD, one input of its own: TIMELINE_SECRET, the master secret the
 * timeline service runs with (absent: the one generated and kept in the database). Stop the
 * timeline service (or the platform) first: the live projection must not write while the tables
 * are dropped and refilled.
 */
import 'reflect-metadata';
import { loadConfig } from '@switchboard/config';
import { closeAdapters, createAdapters } from '@switchboard/runtime';
import { createTimeline, rebuildTimeline, type RebuildProgress } from '@switchboard/timeline';

const BAR_WIDTH = 30;

function progressLine({ position, head, events, elapsedMs }: RebuildProgress): string {
  const share = head === 0 ? 1 : Math.min(1, position / head);
  const filled = Math.round(share * BAR_WIDTH);
  const rate = elapsedMs > 0 ? Math.round((events / elapsedMs) * 1000) : 0;
  return `\r  [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${position.toLocaleString('en')}/${head.toLocaleString('en')}  ${rate.toLocaleString('en')} events/s `;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const adapters = await createAdapters(config);
  try {
    const timeline = await createTimeline({ sql: adapters.sql, eventStore: adapters.eventStore, secret: process.env['TIMELINE_SECRET'] || undefined });
    process.stderr.write(`Rebuilding the timeline from the ${config.eventStore.kind} event store...\n`);
    let lastDrawn = 0;
    const result = await rebuildTimeline(adapters.sql, adapters.eventStore, timeline.projector, {
      onProgress: (progress) => {
        // Redrawn at most ten times a second: a terminal is slower than a rebuild.
        if (Date.now() - lastDrawn < 100 && progress.position < progress.head) return;
        lastDrawn = Date.now();
        process.stderr.write(progressLine(progress));
      },
    });
    process.stderr.write(`${progressLine(result)}\n`);
    const rate = result.elapsedMs > 0 ? Math.round((result.events / result.elapsedMs) * 1000) : result.events;
    process.stdout.write(`Rebuilt the timeline from ${result.events} events in ${(result.elapsedMs / 1000).toFixed(1)} s (${rate} events/s).\n`);
  } finally {
    await closeAdapters(adapters);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\nprojections:rebuild failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
