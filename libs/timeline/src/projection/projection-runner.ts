import type { EventStore } from '@switchboard/infra-event-store';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { readCheckpoint } from './projection-checkpoint';
import { createProjectionTables } from './projection-schema';
import type { TimelineProjector } from './timeline-projector';

export interface ProjectionRunnerOptions {
  /** Events read and applied per transaction. Default 500. */
  readonly pageSize?: number;
  /** How long an idle projection waits before looking for events appended elsewhere. Default 50 ms. */
  readonly pollIntervalMs?: number;
  /** Wait after a failure before trying the page again. Default 1000 ms. */
  readonly retryDelayMs?: number;
  readonly onError?: (error: Error) => void;
}

/**
 * Keeps the timeline tables following the store: reads `all` after its own checkpoint (not the
 * store's subscriber checkpoints, which could not be written in the rows' transaction), applies a
 * page, repeats; sleeps when caught up until `nudge()` (an append in this process) or the poll
 * interval. A failing page is retried after a pause, never skipped.
 */
export class ProjectionRunner {
  private position = 0;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private nudged = false;

  constructor(
    private readonly db: SqlDatabase,
    private readonly store: EventStore,
    private readonly projector: TimelineProjector,
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

  get checkpoint(): number {
    return this.position;
  }

  async start(): Promise<void> {
    if (this.running) return;
    await createProjectionTables(this.db);
    this.position = (await readCheckpoint(this.db)).position;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** Something was appended: look now rather than at the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** Events appended to the store that the timeline tables do not show yet. */
  async lag(): Promise<number> {
    const [head, checkpoint] = await Promise.all([this.store.headPosition(), readCheckpoint(this.db)]);
    return Math.max(0, head - checkpoint.position);
  }

  /** Resolves once everything appended before the call is in the tables (tests, tools). */
  async caughtUp(timeoutMs = 30_000): Promise<void> {
    const head = await this.store.headPosition();
    const deadline = Date.now() + timeoutMs;
    while ((await readCheckpoint(this.db)).position < head) {
      if (Date.now() > deadline) throw new Error(`projection did not reach position ${head} within ${timeoutMs} ms`);
      this.nudge();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private async run(): Promise<void> {
    const pageSize = this.options.pageSize ?? 500;
    while (this.running) {
      try {
        this.nudged = false;
        const page = await this.store.readAll({ after: this.position, maxCount: pageSize });
        if (page.length > 0) this.position = await this.projector.applyPage(page);
        if (page.length < pageSize && !this.nudged) await this.sleep(this.options.pollIntervalMs ?? 50);
      } catch (error) {
        this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
        // Another instance may have moved on meanwhile: start again from the stored checkpoint.
        await this.sleep(this.options.retryDelayMs ?? 1000);
        this.position = await readCheckpoint(this.db).then((checkpoint) => checkpoint.position, () => this.position);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}
