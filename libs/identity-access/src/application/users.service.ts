import { Injectable, Logger } from '@nestjs/common';
import { newId, type AccessClaims } from '@switchboard/contracts';
import { checkNewUser, type NewUserInput } from '../domain/new-user.rules';
import { hashPassword } from '../domain/password-hash';
import type { User } from '../domain/user';
import { checkUserPatch, type UserPatch } from '../domain/user-update.rules';
import { InvalidNewUser, InvalidUserUpdate, UserNotFound } from '../identity-access.errors';
import { UsersRepository } from '../persistence/users.repository';

/** Users of one tenant: every method takes the tenant from the caller, never from the request body. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger('IdentityAccess');

  constructor(private readonly users: UsersRepository) {}

  list(tenantId: string): Promise<User[]> {
    return this.users.list(tenantId);
  }

  /** Throws {@link UserNotFound} when the tenant has no such user, including when another tenant does. */
  async get(tenantId: string, id: string): Promise<User> {
    const user = await this.users.findById(tenantId, id);
    if (!user) throw new UserNotFound(id);
    return user;
  }

  /** Throws {@link InvalidNewUser} or, when the email is in use anywhere, EmailTaken. */
  async create(tenantId: string, input: NewUserInput): Promise<User> {
    const check = checkNewUser(input);
    if (!check.ok) throw new InvalidNewUser(check.problems);
    const { password, ...fields } = check.user;
    const user: User = { id: newId(), tenantId, ...fields, active: true, createdAt: new Date() };
    await this.users.insert(user, await hashPassword(password));
    this.logger.log({ tenantId, userId: user.id, role: user.role }, 'user created');
    return user;
  }

  /** Changes a user of the caller's tenant; throws {@link InvalidUserUpdate} or {@link UserNotFound}. */
  async update(caller: AccessClaims, id: string, patch: UserPatch): Promise<User> {
    const check = checkUserPatch(caller.sub, id, patch);
    if (!check.ok) throw new InvalidUserUpdate(check.problems);
    const user = await this.users.update(caller.tenantId, id, check.patch);
    if (!user) throw new UserNotFound(id);
    this.logger.log({ tenantId: caller.tenantId, userId: id, fields: Object.keys(check.patch) }, 'user updated');
    return user;
  }
}
