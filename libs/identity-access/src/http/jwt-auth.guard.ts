import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE_METADATA } from '@switchboard/contracts';
import { InvalidAccessToken } from '../identity-access.errors';
import { AccessTokenVerifier } from '../tokens/access-token.verifier';
import type { AuthenticatedRequest } from './authenticated-request';
import { toHttpException } from './http-errors';

function bearerToken(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match?.[1] ?? '';
}

/**
 * Registered globally: every HTTP route needs a valid `Authorization: Bearer` access token unless it
 * is marked `@Public()`. Websocket gateways check their handshake with AccessTokenVerifier instead.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE_METADATA, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      request.user = await this.verifier.verify(bearerToken(request.headers['authorization']));
    } catch (error) {
      // Thrown as an HttpException: this guard also protects other libraries' routes, beyond our filter.
      if (error instanceof InvalidAccessToken) throw toHttpException(error);
      throw error;
    }
    return true;
  }
}
