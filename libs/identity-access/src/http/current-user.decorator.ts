import { UnauthorizedException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AccessClaims } from '@switchboard/contracts';
import type { AuthenticatedRequest } from './authenticated-request';

/** The caller's {@link AccessClaims}, as JwtAuthGuard verified them. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AccessClaims => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  // Only reachable on a @Public() route, where there is no caller to give.
  if (!user) throw new UnauthorizedException('an access token is required');
  return user;
});
