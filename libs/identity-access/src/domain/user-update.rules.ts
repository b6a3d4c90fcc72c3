import type { Role } from '@switchboard/contracts';
import { displayNameProblem } from './new-user.rules';

export interface UserPatch {
  readonly displayName?: string;
  readonly role?: Role;
  readonly active?: boolean;
}

export type UserPatchCheck = { readonly ok: true; readonly patch: UserPatch } | { readonly ok: false; readonly problems: string[] };

/**
 * Applies the rules for changing a user. An admin may not deactivate themselves or change their own
 * role: that is how a tenant ends up with nobody able to administer it.
 */
export function checkUserPatch(actorId: string, targetId: string, patch: UserPatch): UserPatchCheck {
  const problems: string[] = [];
  const displayName = patch.displayName?.trim();
  if (displayName !== undefined) {
    const problem = displayNameProblem(displayName);
    if (problem) problems.push(problem);
  }
  if (actorId === targetId && patch.active === false) problems.push('you cannot deactivate yourself');
  if (actorId === targetId && patch.role !== undefined) problems.push('you cannot change your own role');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, patch: { ...patch, ...(displayName !== undefined ? { displayName } : {}) } };
}
