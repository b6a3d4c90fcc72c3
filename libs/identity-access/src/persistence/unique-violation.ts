// PostgreSQL's SQLSTATE for unique_violation; `pg` and PGlite both surface it with the constraint's name.
const UNIQUE_VIOLATION = '23505';

/** True when `error` is a unique violation of the named constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: violated } = error as { code?: unknown; constraint?: unknown };
  return code === UNIQUE_VIOLATION && violated === constraint;
}
