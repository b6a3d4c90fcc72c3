// The identity API's answers (libs/identity-access/src/http/dto), as the console reads them.

export const Roles = ['agent', 'supervisor', 'admin'] as const;
export type Role = (typeof Roles)[number];

/** Each role includes the ones below it: admin ⊇ supervisor ⊇ agent (as on the server). */
export function roleSatisfies(held: Role, required: Role): boolean {
  return Roles.indexOf(held) >= Roles.indexOf(required);
}

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly tenantId: string;
  readonly displayName: string;
}

export interface User extends SessionUser {
  readonly active: boolean;
  readonly createdAt: string;
}

export interface AccessToken {
  readonly accessToken: string;
  /** ISO-8601. */
  readonly expiresAt: string;
}

export interface LoginResponse extends AccessToken {
  readonly user: SessionUser;
}

export interface NewUser {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName?: string;
}

export interface UserChanges {
  readonly displayName?: string;
  readonly role?: Role;
  readonly active?: boolean;
}
