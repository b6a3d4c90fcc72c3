/**
 * The typed failures of identity and access. None is retriable: the same request fails the same way.
 * The HTTP edge maps each `code` to a status once (http/http-errors.ts).
 */
export type IdentityAccessErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'INVALID_ACCESS_TOKEN'
  | 'USER_NOT_ACTIVE'
  | 'USER_NOT_FOUND'
  | 'TENANT_NOT_FOUND'
  | 'EMAIL_TAKEN'
  | 'TENANT_ALREADY_EXISTS'
  | 'INVALID_NEW_USER'
  | 'INVALID_USER_UPDATE'
  | 'INVALID_NEW_TENANT';

export abstract class IdentityAccessError extends Error {
  abstract readonly code: IdentityAccessErrorCode;
  readonly retriable = false;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong email or wrong password, deliberately indistinguishable. */
export class InvalidCredentials extends IdentityAccessError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('invalid email or password');
  }
}

/** A bearer token that is missing, malformed, forged, expired or carries unexpected claims. */
export class InvalidAccessToken extends IdentityAccessError {
  readonly code = 'INVALID_ACCESS_TOKEN';
  constructor(readonly reason: 'missing' | 'expired' | 'invalid') {
    super(reason === 'missing' ? 'an access token is required' : `the access token is ${reason}`);
  }
}

/** The token is valid but its user was deactivated or removed since it was issued. */
export class UserNotActive extends IdentityAccessError {
  readonly code = 'USER_NOT_ACTIVE';
  constructor() {
    super('this user is no longer active');
  }
}

/** No such user in the caller's tenant (users of other tenants are reported the same way). */
export class UserNotFound extends IdentityAccessError {
  readonly code = 'USER_NOT_FOUND';
  constructor(readonly userId: string) {
    super('user not found');
  }
}

export class TenantNotFound extends IdentityAccessError {
  readonly code = 'TENANT_NOT_FOUND';
  constructor(readonly tenantId: string) {
    super('tenant not found');
  }
}

/** Emails are unique across the platform because login is by email alone. */
export class EmailTaken extends IdentityAccessError {
  readonly code = 'EMAIL_TAKEN';
  constructor() {
    super('a user with this email already exists');
  }
}

export class TenantAlreadyExists extends IdentityAccessError {
  readonly code = 'TENANT_ALREADY_EXISTS';
  constructor(readonly tenantId: string) {
    super(`tenant ${tenantId} already exists`);
  }
}

/** Input that breaks the domain rules; `problems` says which, one sentence each. */
export abstract class RulesViolated extends IdentityAccessError {
  constructor(
    what: string,
    readonly problems: readonly string[],
  ) {
    super(`${what}: ${problems.join('; ')}`);
  }
}

export class InvalidNewUser extends RulesViolated {
  readonly code = 'INVALID_NEW_USER';
  constructor(problems: readonly string[]) {
    super('invalid new user', problems);
  }
}

export class InvalidUserUpdate extends RulesViolated {
  readonly code = 'INVALID_USER_UPDATE';
  constructor(problems: readonly string[]) {
    super('invalid user update', problems);
  }
}

export class InvalidNewTenant extends RulesViolated {
  readonly code = 'INVALID_NEW_TENANT';
  constructor(problems: readonly string[]) {
    super('invalid new tenant', problems);
  }
}
