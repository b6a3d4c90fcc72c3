import { createSqlEventStore, type EventStore } from '@switchboard/infra-event-store';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { createTimeline, type Timeline, type TimelineDependencies } from '../create-timeline';

export const TEST_SECRET = 'a-timeline-test-secret-that-is-long-enough';

export interface TimelineHarness {
  readonly sql: SqlDatabase;
  readonly store: EventStore;
  readonly timeline: Timeline;
  close(): Promise<void>;
}

/** The timeline on a throw-away database, without Nest: for specs of the parts below the HTTP edge. */
export async function startTimelineHarness(makeDatabase: () => Promise<SqlDatabase>, options: Partial<TimelineDependencies> = {}): Promise<TimelineHarness> {
  const sql = await makeDatabase();
  const store = await createSqlEventStore(sql);
  const timeline = await createTimeline({ sql, eventStore: store, secret: TEST_SECRET, ...options });
  return {
    sql,
    store,
    timeline,
    async close() {
      await timeline.runner.stop();
      await store.close();
      await sql.close();
    },
  };
}
