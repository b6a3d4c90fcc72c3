import { ROLES, isRole, type Role } from '@switchboard/contracts';
import { isValidEmail, normaliseEmail } from './email';

export const PASSWORD_MIN_LENGTH = 8;
// scrypt copes with long inputs, but nobody types a kilobyte; the cap bounds the work a request can ask for.
export const PASSWORD_MAX_LENGTH = 1024;
export const DISPLAY_NAME_MAX_LENGTH = 200;

export interface NewUserInput {
  readonly email: string;
  readonly password: string;
  readonly role: string;
  readonly displayName?: string;
}

/** A new user that passed the rules: email normalised, display name settled. */
export interface ValidNewUser {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName: string;
}

export type NewUserCheck = { readonly ok: true; readonly user: ValidNewUser } | { readonly ok: false; readonly problems: string[] };

export function displayNameProblem(displayName: string): string | undefined {
  const length = displayName.trim().length;
  return length === 0 || length > DISPLAY_NAME_MAX_LENGTH
    ? `display name must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters`
    : undefined;
}

/** Applies the rules for a new user; without a display name the email's local part stands in. */
export function checkNewUser(input: NewUserInput): NewUserCheck {
  const email = normaliseEmail(input.email);
  const role = isRole(input.role) ? input.role : undefined;
  const problems: string[] = [];
  if (!isValidEmail(email)) problems.push('email must be a valid email address');
  if (!role) problems.push(`role must be one of ${ROLES.join(', ')}`);
  if (input.password.length < PASSWORD_MIN_LENGTH || input.password.length > PASSWORD_MAX_LENGTH) {
    problems.push(`password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`);
  }
  const displayName = (input.displayName ?? email.split('@')[0] ?? '').trim();
  const nameProblem = displayNameProblem(displayName);
  if (nameProblem) problems.push(nameProblem);
  if (problems.length > 0 || !role) return { ok: false, problems };
  return { ok: true, user: { email, password: input.password, role, displayName } };
}
