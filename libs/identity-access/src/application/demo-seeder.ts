import { Inject, Injectable, Logger } from '@nestjs/common';
import { newId } from '@switchboard/contracts';
import { SQL_DATABASE, type SqlDatabase } from '@switchboard/infra-sql';
import { DEMO_TENANT, DEMO_USERS } from '../domain/demo-users';
import { checkNewUser } from '../domain/new-user.rules';
import { hashPassword } from '../domain/password-hash';
import { InvalidNewUser } from '../identity-access.errors';
import { TenantsRepository } from '../persistence/tenants.repository';
import { UsersRepository } from '../persistence/users.repository';

/**
 * Seeds the demo tenant and its users. Idempotent and safe to run from several processes at once:
 * existing users (whatever has become of them) are left alone, and only missing ones are hashed.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('IdentityAccess');

  constructor(@Inject(SQL_DATABASE) private readonly db: SqlDatabase) {}

  /** Returns how many users it created. Throws {@link InvalidNewUser} when `password` breaks the rules. */
  async seed(password: string): Promise<{ created: number }> {
    const candidates = DEMO_USERS.map((demo) => checkNewUser({ ...demo, password }));
    const rejected = candidates.find((check) => !check.ok);
    if (rejected && !rejected.ok) throw new InvalidNewUser(rejected.problems.map((problem) => `demo user: ${problem}`));

    const users = new UsersRepository(this.db);
    const now = new Date();
    await new TenantsRepository(this.db).insertUnlessExists({ ...DEMO_TENANT, createdAt: now });
    const existing = await users.existingEmails(DEMO_USERS.map((demo) => demo.email));
    const missing = DEMO_USERS.filter((demo) => !existing.has(demo.email));
    const inserted = await Promise.all(
      missing.map(async (demo) => {
        const user = { id: newId(), tenantId: DEMO_TENANT.id, ...demo, active: true, createdAt: now };
        return users.insertUnlessEmailTaken(user, await hashPassword(password));
      }),
    );
    const created = inserted.filter(Boolean).length;
    this.logger.log({ tenantId: DEMO_TENANT.id, created, existing: existing.size }, 'demo tenant seeded');
    return { created };
  }
}
