import type { AccessClaims } from '@switchboard/contracts';
import type { Actor } from '../customers/customer-commands';

/** The caller as the commands know them: tenant and user from the verified token, the time of the request. */
export function actorOf(claims: AccessClaims): Actor {
  return { tenantId: claims.tenantId, userId: claims.sub, at: new Date() };
}
