import { identityOf } from '@switchboard/channels-core';
import type { SqlDatabase } from '@switchboard/infra-sql';
import { resolutionKind } from '@switchboard/timeline-domain';
import type { IdentityHasher } from '../personal-data/identity-hasher';
import { inJsonList, jsonList } from '../persistence/json-params';

export interface CustomerSummary {
  readonly id: string;
  readonly displayName: string | null;
  readonly company: string | null;
  readonly identities: readonly { readonly kind: string; readonly value: string | null }[];
  readonly updatedAt: string;
}

/** Escapes LIKE's wildcards so a search for "50%" finds "50%". */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * Search over the timeline read model, within the tenant, active customers only: an exact phone
 * number or email address (normalised, matched by its keyed hash), or part of a name or identity.
 */
export class CustomerSearch {
  constructor(
    private readonly db: SqlDatabase,
    private readonly hasher: IdentityHasher,
  ) {}

  async search(tenantId: string, query: string, limit: number): Promise<CustomerSummary[]> {
    const q = query.trim();
    const hashes = this.exactHashes(tenantId, q);
    const matches = await this.db.query<{ id: string }>(
      `select c.id from timeline_customers c
       where c.tenant_id = $1 and c.status = 'active' and (
         $2 = '' or c.display_name ilike $3 or c.company ilike $3
         or exists (select 1 from timeline_customer_identities i
                    where i.tenant_id = c.tenant_id and i.customer_id = c.id and (i.value ilike $3 or ${inJsonList('i.value_hash', '$4')})))
       order by c.updated_at desc, c.id limit $5`,
      [tenantId, q, likePattern(q), jsonList(hashes), limit],
    );
    return this.summaries(tenantId, matches.rows.map((row) => row.id));
  }

  /** The keyed hashes `q` would have if it were a phone number or an email address. */
  private exactHashes(tenantId: string, q: string): string[] {
    const candidates = [identityOf('phone', q), identityOf('email', q)].filter((identity) => identity !== null);
    return candidates.map((identity) => this.hasher.identity(tenantId, resolutionKind(identity.kind), identity.value));
  }

  private async summaries(tenantId: string, ids: readonly string[]): Promise<CustomerSummary[]> {
    if (ids.length === 0) return [];
    const [customers, identities] = await Promise.all([
      this.db.query<{ id: string; display_name: string | null; company: string | null; updated_at: Date | string }>(
        `select id, display_name, company, updated_at from timeline_customers where tenant_id = $1 and ${inJsonList('id', '$2')}`,
        [tenantId, jsonList(ids)],
      ),
      this.db.query<{ customer_id: string; kind: string; value: string | null }>(
        `select customer_id, kind, value from timeline_customer_identities where tenant_id = $1 and ${inJsonList('customer_id', '$2')} order by kind, value`,
        [tenantId, jsonList(ids)],
      ),
    ]);
    const byId = new Map(customers.rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id,
          displayName: row.display_name,
          company: row.company,
          identities: identities.rows.filter((identity) => identity.customer_id === id).map(({ kind, value }) => ({ kind, value })),
          updatedAt: new Date(row.updated_at).toISOString(),
        },
      ];
    });
  }
}
