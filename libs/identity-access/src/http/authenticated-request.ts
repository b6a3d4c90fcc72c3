import type { AccessClaims } from '@switchboard/contracts';

/** The slice of an HTTP request the guards read and write; platform-neutral on purpose. */
export interface AuthenticatedRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  user?: AccessClaims;
}
