import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole, type AccessClaims } from '@switchboard/contracts';
import { InvalidAccessToken } from '../identity-access.errors';

// The JWT library's own failures: anything else (a bug, a missing secret) must surface, not read as a bad token.
const TOKEN_FAILURES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function toClaims(payload: unknown): AccessClaims {
  if (typeof payload !== 'object' || payload === null) throw new InvalidAccessToken('invalid');
  const { sub, tenantId, email, role, exp } = payload as Record<string, unknown>;
  // A token without exp would never expire: only tokens this module issued (which all carry one) pass.
  if (!isNonEmptyString(sub) || !isNonEmptyString(tenantId) || !isNonEmptyString(email) || !isRole(role) || typeof exp !== 'number') {
    throw new InvalidAccessToken('invalid');
  }
  return { sub, tenantId, email, role };
}

/**
 * Checks a bearer token and returns its claims. The HTTP guard uses it; websocket gateways call it
 * on their handshake, where no Nest guard runs.
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(private readonly jwt: JwtService) {}

  /** The token's claims; throws {@link InvalidAccessToken} when it is forged, expired or malformed. */
  async verify(token: string): Promise<AccessClaims> {
    if (token.length === 0) throw new InvalidAccessToken('missing');
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(token, { algorithms: ['HS256'] });
    } catch (error) {
      if (!(error instanceof Error) || !TOKEN_FAILURES.has(error.name)) throw error;
      throw new InvalidAccessToken(error.name === 'TokenExpiredError' ? 'expired' : 'invalid');
    }
    return toClaims(payload);
  }
}
