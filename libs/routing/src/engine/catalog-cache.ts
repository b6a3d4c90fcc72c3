import { DEFAULT_QUEUE_ID, defaultQueue, type AgentProfile, type Queue } from '@switchboard/routing-domain';
import type { RoutingState } from '../state/routing-state';

export interface CatalogSnapshot {
  readonly version: number;
  readonly queues: ReadonlyMap<string, Queue>;
  readonly profiles: ReadonlyMap<string, AgentProfile>;
}

/**
 * The queues and agent profiles a router matches with, cached per tenant. Re-read when the state's
 * catalogue version moved: the routing pass learns the version with its board (no extra read); other
 * callers check it at most every `refreshMs`. Writes through this process invalidate at once, so
 * only another instance's admin change can take up to `refreshMs` to be seen here.
 */
export class CatalogCache {
  private readonly snapshots = new Map<string, { snapshot: CatalogSnapshot; checkedAt: number }>();

  constructor(
    private readonly state: RoutingState,
    private readonly clock: () => number,
    private readonly refreshMs: number,
  ) {}

  async get(tenantId: string): Promise<CatalogSnapshot> {
    const cached = this.snapshots.get(tenantId);
    if (cached && this.clock() - cached.checkedAt < this.refreshMs) return cached.snapshot;
    return this.atVersion(tenantId, await this.state.catalogVersion(tenantId));
  }

  /** The catalogue as of `version` (which the caller just read from the state). */
  async atVersion(tenantId: string, version: number): Promise<CatalogSnapshot> {
    const cached = this.snapshots.get(tenantId);
    if (cached && cached.snapshot.version === version) {
      this.snapshots.set(tenantId, { snapshot: cached.snapshot, checkedAt: this.clock() });
      return cached.snapshot;
    }
    const catalog = await this.state.catalog(tenantId);
    const snapshot: CatalogSnapshot = {
      version: catalog.version,
      queues: new Map(catalog.queues.map((queue) => [queue.id, queue])),
      profiles: new Map(catalog.profiles.map((profile) => [profile.agentId, profile])),
    };
    this.snapshots.set(tenantId, { snapshot, checkedAt: this.clock() });
    return snapshot;
  }

  invalidate(tenantId: string): void {
    this.snapshots.delete(tenantId);
  }

  /** The `default` queue is written to the state the first time a contact needs it, so figures list it. */
  async ensureDefaultQueue(tenantId: string): Promise<void> {
    const current = await this.get(tenantId);
    if (current.queues.has(DEFAULT_QUEUE_ID)) return;
    await this.state.putQueue(tenantId, defaultQueue());
    this.invalidate(tenantId);
  }
}
