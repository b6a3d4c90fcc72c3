import { DEFAULT_QUEUE_ID, defaultAgentProfile, defaultQueue, type AgentProfile, type Queue } from '@switchboard/routing-domain';
import { RoutingResourceNotFound } from '../routing.errors';
import type { CatalogCache } from '../engine/catalog-cache';
import type { RoutingState } from '../state/routing-state';
import type { CatalogRepository } from './catalog.repository';

/**
 * The admin's configuration: saved in SQL (it must outlive any routing state, e.g. the embedded
 * mode's memory) and mirrored into the routing state, where the atomic checks and the matching read it.
 */
export class RoutingCatalog {
  constructor(
    private readonly repository: CatalogRepository,
    private readonly state: RoutingState,
    private readonly clock: () => number,
    private readonly cache: CatalogCache,
  ) {}

  queues(tenantId: string): Promise<Queue[]> {
    return this.repository.queues(tenantId);
  }

  async requireQueue(tenantId: string, queueId: string): Promise<Queue> {
    const queue = (await this.repository.queues(tenantId)).find((candidate) => candidate.id === queueId);
    if (queue) return queue;
    // `default` routes every tenant's contacts until an admin defines queues; it needs no saving.
    if (queueId === DEFAULT_QUEUE_ID) return defaultQueue();
    throw new RoutingResourceNotFound('queue', queueId);
  }

  async saveQueue(tenantId: string, queue: Queue): Promise<Queue> {
    await this.repository.saveQueue(tenantId, queue);
    await this.state.putQueue(tenantId, queue);
    this.cache.invalidate(tenantId);
    return queue;
  }

  async deleteQueue(tenantId: string, queueId: string): Promise<void> {
    if (!(await this.repository.deleteQueue(tenantId, queueId))) throw new RoutingResourceNotFound('queue', queueId);
    await this.state.removeQueue(tenantId, queueId);
    this.cache.invalidate(tenantId);
  }

  profiles(tenantId: string): Promise<AgentProfile[]> {
    return this.repository.profiles(tenantId);
  }

  /** The agent's saved profile, or the default one (no skills, default capacities). */
  async profile(tenantId: string, agentId: string): Promise<AgentProfile> {
    return (await this.repository.profile(tenantId, agentId)) ?? defaultAgentProfile(agentId);
  }

  async saveProfile(tenantId: string, profile: AgentProfile): Promise<AgentProfile> {
    await this.repository.saveProfile(tenantId, profile);
    await this.state.putProfile(tenantId, profile, this.clock());
    this.cache.invalidate(tenantId);
    return profile;
  }

  /** Makes sure the routing state knows the agent (saved profile or default) before their presence is set. */
  async ensureAgent(tenantId: string, agentId: string): Promise<void> {
    if (await this.state.agent(tenantId, agentId)) return;
    await this.state.putProfile(tenantId, await this.profile(tenantId, agentId), this.clock());
    this.cache.invalidate(tenantId);
  }

  /** Fills the routing state from SQL: at start, so a fresh memory state or a flushed Redis routes by the saved configuration. */
  async syncState(): Promise<void> {
    for (const { tenantId, queues, profiles } of await this.repository.everything()) {
      for (const queue of queues) await this.state.putQueue(tenantId, queue);
      for (const profile of profiles) await this.state.putProfile(tenantId, profile, this.clock());
      this.cache.invalidate(tenantId);
    }
  }
}
