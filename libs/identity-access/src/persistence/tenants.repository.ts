import type { SqlExecutor } from '@switchboard/infra-sql';
import type { Tenant } from '../domain/tenant';
import { TenantAlreadyExists } from '../identity-access.errors';
import { isUniqueViolation } from './unique-violation';

interface TenantRow {
  readonly id: string;
  readonly name: string;
  readonly created_at: Date;
}

function toTenant(row: TenantRow): Tenant {
  return { id: row.id, name: row.name, createdAt: new Date(row.created_at) };
}

/** Tenants, over any SqlExecutor (the database or a transaction). */
export class TenantsRepository {
  constructor(private readonly db: SqlExecutor) {}

  /** Stores a new tenant; throws {@link TenantAlreadyExists} when the id is taken. */
  async insert(tenant: Tenant): Promise<void> {
    try {
      await this.db.query('insert into tenants (id, name, created_at) values ($1, $2, $3)', [
        tenant.id,
        tenant.name,
        tenant.createdAt,
      ]);
    } catch (error) {
      if (isUniqueViolation(error, 'tenants_pkey')) throw new TenantAlreadyExists(tenant.id);
      throw error;
    }
  }

  /** Stores the tenant unless one with its id exists; for idempotent seeding. */
  async insertUnlessExists(tenant: Tenant): Promise<void> {
    await this.db.query('insert into tenants (id, name, created_at) values ($1, $2, $3) on conflict (id) do nothing', [
      tenant.id,
      tenant.name,
      tenant.createdAt,
    ]);
  }

  async findById(id: string): Promise<Tenant | undefined> {
    const result = await this.db.query<TenantRow>('select id, name, created_at from tenants where id = $1', [id]);
    const row = result.rows[0];
    return row ? toTenant(row) : undefined;
  }
}
