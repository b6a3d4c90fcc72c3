/** Roles of a tenant's users. Each role includes the ones below it: admin ⊇ supervisor ⊇ agent. */
export const ROLES = ['agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when a user holding `held` may act where `required` is asked for. */
export function roleSatisfies(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}

/** What an access token says about its bearer; every request is scoped by `tenantId`. */
export interface AccessClaims {
  readonly sub: string;
  readonly tenantId: string;
  readonly email: string;
  readonly role: Role;
}

/** Route metadata key marking an HTTP route as reachable without an access token (health, metrics, login, webhooks). */
export const PUBLIC_ROUTE_METADATA = 'switchboard:public-route';
