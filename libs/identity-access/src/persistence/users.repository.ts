import type { Role } from '@switchboard/contracts';
import type { SqlExecutor } from '@switchboard/infra-sql';
import type { User, UserCredentials } from '../domain/user';
import type { UserPatch } from '../domain/user-update.rules';
import { EmailTaken } from '../identity-access.errors';
import { isUniqueViolation } from './unique-violation';

interface UserRow {
  readonly id: string;
  readonly tenant_id: string;
  readonly email: string;
  readonly display_name: string;
  readonly role: Role;
  readonly active: boolean;
  readonly created_at: Date;
}

// password_hash is deliberately absent: only the login lookup selects it.
const USER_COLUMNS = 'id, tenant_id, email, display_name, role, active, created_at';

function toUser(row: UserRow): User {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    active: row.active,
    createdAt: new Date(row.created_at),
  };
}

/**
 * Users, over any SqlExecutor (the database or a transaction). Every tenant-owned query takes the
 * tenant id and filters on it, so a user id from another tenant reads as "not found".
 */
export class UsersRepository {
  constructor(private readonly db: SqlExecutor) {}

  /** Stores a new user; throws {@link EmailTaken} when another user (of any tenant) has the email. */
  async insert(user: User, passwordHash: string): Promise<void> {
    try {
      await this.db.query(
        `insert into users (id, tenant_id, email, display_name, role, password_hash, active, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [user.id, user.tenantId, user.email, user.displayName, user.role, passwordHash, user.active, user.createdAt],
      );
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) throw new EmailTaken();
      throw error;
    }
  }

  /** Stores a new user unless the email is taken; true when it was stored. For idempotent seeding. */
  async insertUnlessEmailTaken(user: User, passwordHash: string): Promise<boolean> {
    const result = await this.db.query(
      `insert into users (id, tenant_id, email, display_name, role, password_hash, active, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (email) do nothing`,
      [user.id, user.tenantId, user.email, user.displayName, user.role, passwordHash, user.active, user.createdAt],
    );
    return result.rowCount > 0;
  }

  async findById(tenantId: string, id: string): Promise<User | undefined> {
    const result = await this.db.query<UserRow>(`select ${USER_COLUMNS} from users where tenant_id = $1 and id = $2`, [
      tenantId,
      id,
    ]);
    const row = result.rows[0];
    return row ? toUser(row) : undefined;
  }

  async list(tenantId: string): Promise<User[]> {
    const result = await this.db.query<UserRow>(
      `select ${USER_COLUMNS} from users where tenant_id = $1 order by created_at, id`,
      [tenantId],
    );
    return result.rows.map(toUser);
  }

  /** The login lookup: by (normalised) email alone, across tenants, with the password hash. */
  async findCredentialsByEmail(email: string): Promise<UserCredentials | undefined> {
    const result = await this.db.query<UserRow & { password_hash: string }>(
      `select ${USER_COLUMNS}, password_hash from users where email = $1`,
      [email],
    );
    const row = result.rows[0];
    return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
  }

  /** Which of `emails` already belong to a user (of any tenant). */
  async existingEmails(emails: readonly string[]): Promise<Set<string>> {
    const result = await this.db.query<{ email: string }>('select email from users where email = any($1::text[])', [
      [...emails],
    ]);
    return new Set(result.rows.map((row) => row.email));
  }

  async updatePasswordHash(tenantId: string, id: string, passwordHash: string): Promise<void> {
    await this.db.query('update users set password_hash = $3 where tenant_id = $1 and id = $2', [tenantId, id, passwordHash]);
  }

  /** Applies `patch` to the tenant's user; undefined when the tenant has no such user. */
  async update(tenantId: string, id: string, patch: UserPatch): Promise<User | undefined> {
    const params: unknown[] = [tenantId, id];
    const sets: string[] = [];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (patch.displayName !== undefined) set('display_name', patch.displayName);
    if (patch.role !== undefined) set('role', patch.role);
    if (patch.active !== undefined) set('active', patch.active);
    if (sets.length === 0) return this.findById(tenantId, id);
    const result = await this.db.query<UserRow>(
      `update users set ${sets.join(', ')} where tenant_id = $1 and id = $2 returning ${USER_COLUMNS}`,
      params,
    );
    const row = result.rows[0];
    return row ? toUser(row) : undefined;
  }
}
