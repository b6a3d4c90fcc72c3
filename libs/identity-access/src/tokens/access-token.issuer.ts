import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AccessClaims } from '@switchboard/contracts';
import type { User } from '../domain/user';
import { IDENTITY_ACCESS_OPTIONS, type IdentityAccessOptions } from '../identity-access.options';
import type { IssuedAccessToken } from './issued-access-token';

/** Signs access tokens (HS256) whose claims are the contracts' {@link AccessClaims}. */
@Injectable()
export class AccessTokenIssuer {
  constructor(
    private readonly jwt: JwtService,
    @Inject(IDENTITY_ACCESS_OPTIONS) private readonly options: IdentityAccessOptions,
  ) {}

  async issue(user: User, now: Date): Promise<IssuedAccessToken> {
    // iat and exp are set here rather than left to the JWT library, so expiresAt is exactly the token's exp.
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.options.accessTokenTtlSeconds;
    const claims: AccessClaims = { sub: user.id, tenantId: user.tenantId, email: user.email, role: user.role };
    const accessToken = await this.jwt.signAsync({ ...claims, iat, exp });
    return { accessToken, expiresAt: new Date(exp * 1000) };
  }
}
