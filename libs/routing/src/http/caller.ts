import { ForbiddenException, UnauthorizedException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { roleSatisfies, type AccessClaims, type Role } from '@switchboard/contracts';

/**
 * The caller's claims, as the identity module's global JwtAuthGuard put them on the request. Routing
 * may not import the identity library (bounded contexts), so it reads the shared-kernel shape
 * (`AccessClaims`) itself and checks roles with the shared `roleSatisfies`.
 */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): AccessClaims => {
  const user = context.switchToHttp().getRequest<{ user?: AccessClaims }>().user;
  if (!user) throw new UnauthorizedException('an access token is required');
  return user;
});

export function requireRole(caller: AccessClaims, role: Role): void {
  if (!roleSatisfies(caller.role, role)) throw new ForbiddenException(`this requires the ${role} role`);
}
