import { isEmail } from 'class-validator';

/** Emails are compared and stored trimmed and lower-cased: login is by email alone, across tenants. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** True for a syntactically valid address (validator.js rules, the same ones the HTTP DTOs apply). */
export function isValidEmail(email: string): boolean {
  return isEmail(email);
}
