import { UnauthorizedException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AccessClaims } from '@switchboard/contracts';

/**
 * The caller's {@link AccessClaims}, as identity-access's global JwtAuthGuard verified them and put
 * them on the request. Here, in the runtime every feature shares, so that feature libraries read the
 * caller without depending on the identity library.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AccessClaims => {
  const user = context.switchToHttp().getRequest<{ user?: AccessClaims }>().user;
  // Only reachable on a @Public() route, where there is no caller to give.
  if (!user) throw new UnauthorizedException('an access token is required');
  return user;
});
