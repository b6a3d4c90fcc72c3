import { SetMetadata } from '@nestjs/common';
import type { Role } from '@switchboard/contracts';

export const REQUIRED_ROLE = 'switchboard:required-role';

/** Restricts a route (or controller) to callers holding `role` or a higher one; enforced by identity-access's global RolesGuard. */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLE, role);
