import { Injectable } from '@nestjs/common';
import type { AccessClaims } from '@switchboard/contracts';
import { normaliseEmail } from '../domain/email';
import { hashPassword, passwordHashNeedsUpgrade, verifyAgainstDummyHash, verifyPassword } from '../domain/password-hash';
import type { User } from '../domain/user';
import { InvalidCredentials, UserNotActive } from '../identity-access.errors';
import { UsersRepository } from '../persistence/users.repository';
import { AccessTokenIssuer } from '../tokens/access-token.issuer';
import type { IssuedAccessToken } from '../tokens/issued-access-token';

export interface Session extends IssuedAccessToken {
  readonly user: User;
}

/** Password login and token refresh. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: AccessTokenIssuer,
  ) {}

  /** Throws {@link InvalidCredentials} for an unknown email, a wrong password or a deactivated user alike. */
  async login(email: string, password: string): Promise<Session> {
    const credentials = await this.users.findCredentialsByEmail(normaliseEmail(email));
    if (!credentials) {
      // Spend the time a real check would, so that timing does not tell which emails exist.
      await verifyAgainstDummyHash(password);
      throw new InvalidCredentials();
    }
    const { user, passwordHash } = credentials;
    if (!(await verifyPassword(password, passwordHash)) || !user.active) throw new InvalidCredentials();
    // The only moment the plain password is at hand: when the cost was raised, rehash at the new one.
    if (passwordHashNeedsUpgrade(passwordHash)) {
      await this.users.updatePasswordHash(user.tenantId, user.id, await hashPassword(password));
    }
    return { ...(await this.tokens.issue(user, new Date())), user };
  }

  /** A fresh token for the caller, with their current role; throws {@link UserNotActive} once deactivated. */
  async refresh(caller: AccessClaims): Promise<IssuedAccessToken> {
    const user = await this.users.findById(caller.tenantId, caller.sub);
    if (!user?.active) throw new UserNotActive();
    return this.tokens.issue(user, new Date());
  }
}
