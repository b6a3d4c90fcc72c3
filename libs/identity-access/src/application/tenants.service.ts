import { Inject, Injectable, Logger } from '@nestjs/common';
import { newId } from '@switchboard/contracts';
import { SQL_DATABASE, type SqlDatabase } from '@switchboard/infra-sql';
import { checkNewUser } from '../domain/new-user.rules';
import { hashPassword } from '../domain/password-hash';
import { newTenantProblems, type Tenant } from '../domain/tenant';
import type { User } from '../domain/user';
import { InvalidNewTenant, InvalidNewUser, TenantNotFound } from '../identity-access.errors';
import { TenantsRepository } from '../persistence/tenants.repository';
import { UsersRepository } from '../persistence/users.repository';

export interface NewTenantWithAdmin {
  readonly id: string;
  readonly name: string;
  readonly admin: { readonly email: string; readonly password: string; readonly displayName?: string };
}

/** Tenants: the caller's own, and provisioning a new one with its first admin (tooling and tests). */
@Injectable()
export class TenantsService {
  private readonly logger = new Logger('IdentityAccess');

  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly tenants: TenantsRepository,
  ) {}

  async get(id: string): Promise<Tenant> {
    const tenant = await this.tenants.findById(id);
    if (!tenant) throw new TenantNotFound(id);
    return tenant;
  }

  /**
   * Creates the tenant and its first admin together, or neither. Throws {@link InvalidNewTenant},
   * {@link InvalidNewUser}, TenantAlreadyExists or EmailTaken.
   */
  async createTenant(input: NewTenantWithAdmin): Promise<{ tenant: Tenant; admin: User }> {
    const problems = newTenantProblems(input);
    if (problems.length > 0) throw new InvalidNewTenant(problems);
    const check = checkNewUser({ ...input.admin, role: 'admin' });
    if (!check.ok) throw new InvalidNewUser(check.problems);
    const now = new Date();
    const tenant: Tenant = { id: input.id, name: input.name.trim(), createdAt: now };
    const { password, ...fields } = check.user;
    const admin: User = { id: newId(), tenantId: tenant.id, ...fields, active: true, createdAt: now };
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (tx) => {
      await new TenantsRepository(tx).insert(tenant);
      await new UsersRepository(tx).insert(admin, passwordHash);
    });
    this.logger.log({ tenantId: tenant.id, adminId: admin.id }, 'tenant created');
    return { tenant, admin };
  }
}
