import type { Role } from '@switchboard/contracts';

/** A user as the rest of the system sees it: never with its password hash. */
export interface User {
  readonly id: string;
  readonly tenantId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly active: boolean;
  readonly createdAt: Date;
}

/** What login needs and nothing else does: kept apart so the hash cannot leak through a `User`. */
export interface UserCredentials {
  readonly user: User;
  readonly passwordHash: string;
}
