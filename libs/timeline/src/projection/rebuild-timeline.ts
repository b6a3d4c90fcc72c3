import type { EventStore } from '@switchboard/infra-event-store';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { createProjectionTables, dropProjectionTables } from './projection-schema';
import type { TimelineProjector } from './timeline-projector';

export interface RebuildProgress {
  readonly position: number;
  readonly head: number;
  readonly events: number;
  readonly elapsedMs: number;
}

export interface RebuildOptions {
  readonly pageSize?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

/**
 * Drops the timeline tables and replays the whole store into them. The live projection must not
 * run meanwhile (stop the timeline service, or the platform), or it would write into tables being
 * dropped. Answers how many events were replayed and how long it took.
 */
export async function rebuildTimeline(db: SqlDatabase, store: EventStore, projector: TimelineProjector, options: RebuildOptions = {}): Promise<RebuildProgress> {
  const pageSize = options.pageSize ?? 2000;
  const started = Date.now();
  await dropProjectionTables(db);
  await createProjectionTables(db);
  const head = await store.headPosition();
  let position = 0;
  let events = 0;
  let progress: RebuildProgress = { position, head, events, elapsedMs: 0 };
  options.onProgress?.(progress);
  for (;;) {
    const page = await store.readAll({ after: position, maxCount: pageSize });
    if (page.length === 0) break;
    position = await projector.applyPage(page);
    events += page.length;
    progress = { position, head: Math.max(head, position), events, elapsedMs: Date.now() - started };
    options.onProgress?.(progress);
  }
  return { ...progress, elapsedMs: Date.now() - started };
}
