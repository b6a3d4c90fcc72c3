import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleSatisfies, type Role } from '@switchboard/contracts';
import type { AuthenticatedRequest } from './authenticated-request';
import { REQUIRED_ROLE } from '@switchboard/runtime';

/** Registered globally after JwtAuthGuard: enforces {@link RequireRole} with the contracts' role order. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]);
    if (!required) return true;
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    // A role requirement on a @Public() route still needs a caller.
    if (!user) throw new UnauthorizedException('an access token is required');
    if (!roleSatisfies(user.role, required)) throw new ForbiddenException(`this requires the ${required} role`);
    return true;
  }
}
