import type { AgentProfile } from '../model/agent';
import type { Queue, SkillRequirement } from '../model/queue';
import { describeLanguageMatch, languageMatch, languageWanted, type LanguageMatch, type LanguageWanted } from './language';

export type Eligibility = { readonly eligible: true; readonly skillFit: number } | { readonly eligible: false; readonly reason: string };

/** Eligibility for one contact: skills, and how the agent stands to the language wanted (a preference unless required). */
export type Qualification = { readonly eligible: true; readonly skillFit: number; readonly language: LanguageMatch } | { readonly eligible: false; readonly reason: string };

/**
 * Whether an agent has a queue's skills, and how well: the sum of the levels above each required
 * minimum (an agent with chat 9 fits a "chat ≥ 5" queue better than one with 6). `relaxTo` lowers
 * every minimum to at most that level (overflow).
 */
export function skillEligibility(profile: AgentProfile, requiredSkills: readonly SkillRequirement[], relaxTo: number | null): Eligibility {
  let fit = 0;
  for (const requirement of requiredSkills) {
    const minLevel = effectiveMinLevel(requirement, relaxTo);
    const level = profile.skills[requirement.skill] ?? 0;
    if (level < minLevel) return { eligible: false, reason: `${requirement.skill} ${level} < ${minLevel}` };
    fit += level - minLevel;
  }
  return { eligible: true, skillFit: fit };
}

/** An agent who does not speak a language the queue requires is not eligible; otherwise the language only ranks. */
export function languageGate(profile: AgentProfile, wanted: LanguageWanted | null): { readonly ok: true; readonly language: LanguageMatch } | { readonly ok: false; readonly reason: string } {
  const language = languageMatch(profile, wanted);
  if (wanted?.required && language !== 'speaks') return { ok: false, reason: describeLanguageMatch(language, wanted) ?? `does not speak ${wanted.language}` };
  return { ok: true, language };
}

/** Language, then skills: the whole of whether an agent may take a contact of a queue, and how well they fit. */
export function qualification(profile: AgentProfile, requiredSkills: readonly SkillRequirement[], wanted: LanguageWanted | null, relaxTo: number | null): Qualification {
  const gate = languageGate(profile, wanted);
  if (!gate.ok) return { eligible: false, reason: gate.reason };
  const skills = skillEligibility(profile, requiredSkills, relaxTo);
  return skills.eligible ? { eligible: true, skillFit: skills.skillFit, language: gate.language } : skills;
}

/** Whether the agent is one of a queue's agents at all (its skills, and its language when required): the supervisors' head count. */
export function qualifiesFor(profile: AgentProfile, queue: Queue): boolean {
  return qualification(profile, queue.requiredSkills, languageWanted(queue, null), null).eligible;
}

function effectiveMinLevel(requirement: SkillRequirement, relaxTo: number | null): number {
  return relaxTo === null ? requirement.minLevel : Math.min(requirement.minLevel, relaxTo);
}
