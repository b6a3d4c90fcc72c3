/** A customer organisation; every user, conversation and event belongs to exactly one. */
export interface Tenant {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Date;
}

// Tenant ids appear in URLs, stream names and topic keys, so they stay to a DNS-label-like alphabet.
const TENANT_ID = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
export const TENANT_NAME_MAX_LENGTH = 200;

/** True for 1 to 63 lower-case letters, digits and dashes, neither starting nor ending with a dash. */
export function isValidTenantId(id: string): boolean {
  return TENANT_ID.test(id);
}

export interface NewTenantInput {
  readonly id: string;
  readonly name: string;
}

/** The problems with a new tenant, empty when there are none. */
export function newTenantProblems(input: NewTenantInput): string[] {
  const problems: string[] = [];
  if (!isValidTenantId(input.id)) {
    problems.push('tenant id must be 1 to 63 lower-case letters, digits or dashes, not starting or ending with a dash');
  }
  const name = input.name.trim();
  if (name.length === 0 || name.length > TENANT_NAME_MAX_LENGTH) {
    problems.push(`tenant name must be 1 to ${TENANT_NAME_MAX_LENGTH} characters`);
  }
  return problems;
}
