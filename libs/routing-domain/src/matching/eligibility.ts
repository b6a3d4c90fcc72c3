import type { AgentProfile } from '../model/agent';
import type { Queue, SkillRequirement } from '../model/queue';

export type Eligibility = { readonly eligible: true; readonly skillFit: number } | { readonly eligible: false; readonly reason: string };

/**
 * Whether an agent qualifies for a queue's skills and language, and how well: the sum of the levels
 * above each required minimum (an agent with chat 9 fits a "chat ≥ 5" queue better than one with 6).
 * `relaxTo` lowers every minimum to at most that level (overflow).
 */
export function skillEligibility(profile: AgentProfile, queue: Pick<Queue, 'requiredSkills'>, language: string | null, relaxTo: number | null): Eligibility {
  if (language !== null && !profile.languages.includes(language)) return { eligible: false, reason: `does not speak ${language}` };
  let fit = 0;
  for (const requirement of queue.requiredSkills) {
    const minLevel = effectiveMinLevel(requirement, relaxTo);
    const level = profile.skills[requirement.skill] ?? 0;
    if (level < minLevel) return { eligible: false, reason: `${requirement.skill} ${level} < ${minLevel}` };
    fit += level - minLevel;
  }
  return { eligible: true, skillFit: fit };
}

function effectiveMinLevel(requirement: SkillRequirement, relaxTo: number | null): number {
  return relaxTo === null ? requirement.minLevel : Math.min(requirement.minLevel, relaxTo);
}
