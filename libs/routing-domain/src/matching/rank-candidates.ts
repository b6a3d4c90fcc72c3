import type { CandidateReport } from '@switchboard/contracts';
import type { AgentProfile } from '../model/agent';
import type { Queue } from '../model/queue';
import { languageGate, skillEligibility, type Qualification } from './eligibility';
import { describeLanguageMatch, type LanguageMatch, type LanguageWanted } from './language';
import { extraQueueIds, relaxedMinLevel, type StepInForce } from './overflow';

/** An agent with room for one more contact of the channel being matched, as the state's index lists them. */
export interface FreeAgent {
  readonly agentId: string;
  /** Epoch ms. */
  readonly idleSince: number;
}

export interface RankedCandidate {
  readonly agentId: string;
  readonly idleSince: number;
  readonly skillFit: number;
  readonly language: LanguageMatch;
}

export interface RejectedCandidate {
  readonly agentId: string;
  readonly idleSince: number;
  readonly reason: string;
}

/**
 * Every free agent judged for one kind of contact (queue, language, overflow steps in force): who
 * may take it, best first, and why the others may not. It depends on no single contact, so one
 * ranking serves every contact of the same kind in a pass.
 */
export interface CandidateRanking {
  readonly ranked: readonly RankedCandidate[];
  readonly rejected: readonly RejectedCandidate[];
}

export interface RankingContext {
  readonly queue: Queue;
  readonly queues: ReadonlyMap<string, Queue>;
  readonly steps: readonly StepInForce[];
  /** The queue's language, else the contact's, else null (any); see {@link languageWanted}. */
  readonly wanted: LanguageWanted | null;
  readonly profileOf: (agentId: string) => AgentProfile | undefined;
}

export const speaksFirst = (candidate: Pick<RankedCandidate, 'language'>): number => (candidate.language === 'speaks' ? 1 : 0);

/**
 * Speakers of the language wanted first, then best skill fit, then longest idle (then id, so that
 * every router ranks alike). With no language wanted everyone is `any` and skills decide.
 */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return speaksFirst(b) - speaksFirst(a) || b.skillFit - a.skillFit || a.idleSince - b.idleSince || a.agentId.localeCompare(b.agentId);
}

function eligibilityFor(profile: AgentProfile, context: RankingContext): Qualification {
  const gate = languageGate(profile, context.wanted);
  if (!gate.ok) return { eligible: false, reason: gate.reason };
  const own = skillEligibility(profile, context.queue.requiredSkills, relaxedMinLevel(context.steps));
  if (own.eligible) return { eligible: true, skillFit: own.skillFit, language: gate.language };
  // `add-queue-agents`: agents with the other queue's skills may help, ranked as fit 0 here; the
  // language wanted is still this contact's.
  for (const queueId of extraQueueIds(context.steps)) {
    const other = context.queues.get(queueId);
    if (other && skillEligibility(profile, other.requiredSkills, null).eligible) return { eligible: true, skillFit: 0, language: gate.language };
  }
  return own;
}

export function rankCandidates(free: readonly FreeAgent[], context: RankingContext): CandidateRanking {
  const ranked: RankedCandidate[] = [];
  const rejected: RejectedCandidate[] = [];
  for (const agent of free) {
    const profile = context.profileOf(agent.agentId);
    if (!profile) {
      rejected.push({ ...agent, reason: 'no routing profile' });
      continue;
    }
    const judged = eligibilityFor(profile, context);
    if (judged.eligible) ranked.push({ ...agent, skillFit: judged.skillFit, language: judged.language });
    else rejected.push({ ...agent, reason: judged.reason });
  }
  ranked.sort(compareCandidates);
  return { ranked, rejected };
}

const REPORTED = 5;

function eligibleReason(candidate: RankedCandidate, missedBy: readonly string[], wanted: LanguageWanted | null): string {
  const language = describeLanguageMatch(candidate.language, wanted);
  const parts = ['eligible', ...(language ? [language] : []), `skill fit ${candidate.skillFit}`];
  return missedBy.includes(candidate.agentId) ? `${parts.join(', ')}, but missed this contact before` : parts.join(', ');
}

/** The few candidates worth recording with a decision: the winner and the next best, then the first rejected. */
export function candidateReports(shortlist: readonly RankedCandidate[], missedBy: readonly string[], rejected: readonly RejectedCandidate[], wanted: LanguageWanted | null = null): CandidateReport[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  return [
    ...shortlist.slice(0, REPORTED).map((candidate) => ({
      agentId: candidate.agentId,
      eligible: true,
      skillFit: candidate.skillFit,
      idleSince: iso(candidate.idleSince),
      reason: eligibleReason(candidate, missedBy, wanted),
    })),
    ...rejected.slice(0, REPORTED).map((candidate) => ({ agentId: candidate.agentId, eligible: false, skillFit: 0, idleSince: iso(candidate.idleSince), reason: candidate.reason })),
  ];
}
