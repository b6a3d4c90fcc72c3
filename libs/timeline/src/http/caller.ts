import { ForbiddenException, UnauthorizedException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { roleSatisfies, type AccessClaims, type Role } from '@switchboard/contracts';

/**
 * The caller's claims, as identity-access's global JwtAuthGuard put them on the request. The
 * timeline context may not import the identity library (bounded contexts, see eslint.config.mjs),
 * so, like routing, it reads the shared-kernel `AccessClaims` and checks roles with `roleSatisfies`.
 */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): AccessClaims => {
  const user = context.switchToHttp().getRequest<{ user?: AccessClaims }>().user;
  if (!user) throw new UnauthorizedException('an access token is required');
  return user;
});

/** Refuses with 403 unless the caller holds `role` or a higher one. */
export function requireRole(caller: AccessClaims, role: Role): void {
  if (!roleSatisfies(caller.role, role)) throw new ForbiddenException(`this requires the ${role} role`);
}
