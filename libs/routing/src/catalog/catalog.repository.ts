import type { SqlDatabase } from '@switchboard/infra-sql';
import type { AgentProfile, Queue } from '@switchboard/routing-domain';

type JsonRow<T> = { tenant_id: string; body: T | string };

// PGlite and pg both return jsonb parsed; a string is accepted too so either driver setting works.
const parse = <T>(body: T | string): T => (typeof body === 'string' ? (JSON.parse(body) as T) : body);

/** Queues and agent profiles as admins saved them, per tenant: the source the routing state is filled from. */
export class CatalogRepository {
  constructor(private readonly db: SqlDatabase) {}

  async queues(tenantId: string): Promise<Queue[]> {
    const result = await this.db.query<JsonRow<Queue>>('select tenant_id, body from routing_queues where tenant_id = $1 order by id', [tenantId]);
    return result.rows.map((row) => parse(row.body));
  }

  async saveQueue(tenantId: string, queue: Queue): Promise<void> {
    await this.db.query(
      `insert into routing_queues (tenant_id, id, body) values ($1, $2, $3)
       on conflict (tenant_id, id) do update set body = excluded.body, updated_at = now()`,
      [tenantId, queue.id, JSON.stringify(queue)],
    );
  }

  async deleteQueue(tenantId: string, queueId: string): Promise<boolean> {
    const result = await this.db.query('delete from routing_queues where tenant_id = $1 and id = $2', [tenantId, queueId]);
    return result.rowCount > 0;
  }

  async profiles(tenantId: string): Promise<AgentProfile[]> {
    const result = await this.db.query<JsonRow<AgentProfile>>('select tenant_id, body from routing_agent_profiles where tenant_id = $1 order by agent_id', [tenantId]);
    return result.rows.map((row) => parse(row.body));
  }

  async profile(tenantId: string, agentId: string): Promise<AgentProfile | null> {
    const result = await this.db.query<JsonRow<AgentProfile>>('select tenant_id, body from routing_agent_profiles where tenant_id = $1 and agent_id = $2', [tenantId, agentId]);
    const row = result.rows[0];
    return row ? parse(row.body) : null;
  }

  async saveProfile(tenantId: string, profile: AgentProfile): Promise<void> {
    await this.db.query(
      `insert into routing_agent_profiles (tenant_id, agent_id, body) values ($1, $2, $3)
       on conflict (tenant_id, agent_id) do update set body = excluded.body, updated_at = now()`,
      [tenantId, profile.agentId, JSON.stringify(profile)],
    );
  }

  /** Every tenant's queues and profiles, to fill an empty routing state at start. */
  async everything(): Promise<{ tenantId: string; queues: Queue[]; profiles: AgentProfile[] }[]> {
    const queues = await this.db.query<JsonRow<Queue>>('select tenant_id, body from routing_queues order by tenant_id, id');
    const profiles = await this.db.query<JsonRow<AgentProfile>>('select tenant_id, body from routing_agent_profiles order by tenant_id, agent_id');
    const byTenant = new Map<string, { tenantId: string; queues: Queue[]; profiles: AgentProfile[] }>();
    const entry = (tenantId: string) => {
      let found = byTenant.get(tenantId);
      if (!found) byTenant.set(tenantId, (found = { tenantId, queues: [], profiles: [] }));
      return found;
    };
    for (const row of queues.rows) entry(row.tenant_id).queues.push(parse(row.body));
    for (const row of profiles.rows) entry(row.tenant_id).profiles.push(parse(row.body));
    return [...byTenant.values()];
  }
}
