import { ForbiddenException, SetMetadata } from '@nestjs/common';
import { roleSatisfies, type AccessClaims, type Role } from '@switchboard/contracts';

export const REQUIRED_ROLE = 'switchboard:required-role';

/** Restricts a route (or controller) to callers holding `role` or a higher one; enforced by identity-access's global RolesGuard. */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLE, role);

/**
 * The same rule inside a handler, where the role needed depends on the request (an agent may read
 * their own record; anyone else's needs a supervisor): 403 unless the caller holds `role` or higher.
 */
export function requireRole(caller: AccessClaims, role: Role): void {
  if (!roleSatisfies(caller.role, role)) throw new ForbiddenException(`this requires the ${role} role`);
}
