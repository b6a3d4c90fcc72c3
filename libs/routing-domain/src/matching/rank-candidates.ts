import type { CandidateReport } from '@switchboard/contracts';
import type { AgentProfile } from '../model/agent';
import type { Queue } from '../model/queue';
import { skillEligibility, type Eligibility } from './eligibility';
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
  /** The language agents must speak: the queue's, else the contact's, else null (any). */
  readonly language: string | null;
  readonly profileOf: (agentId: string) => AgentProfile | undefined;
}

/** Best skill fit first, then longest idle (then id, so that every router ranks alike). */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return b.skillFit - a.skillFit || a.idleSince - b.idleSince || a.agentId.localeCompare(b.agentId);
}

function eligibilityFor(profile: AgentProfile, context: RankingContext): Eligibility {
  const own = skillEligibility(profile, context.queue, context.language, relaxedMinLevel(context.steps));
  if (own.eligible) return own;
  // `add-queue-agents`: agents qualified for the other queue may help, ranked as fit 0 here.
  for (const queueId of extraQueueIds(context.steps)) {
    const other = context.queues.get(queueId);
    if (other && skillEligibility(profile, other, other.language ?? context.language, null).eligible) return { eligible: true, skillFit: 0 };
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
    const eligibility = eligibilityFor(profile, context);
    if (eligibility.eligible) ranked.push({ ...agent, skillFit: eligibility.skillFit });
    else rejected.push({ ...agent, reason: eligibility.reason });
  }
  ranked.sort(compareCandidates);
  return { ranked, rejected };
}

const REPORTED = 5;

/** The few candidates worth recording with a decision: the winner and the next best, then the first rejected. */
export function candidateReports(shortlist: readonly RankedCandidate[], missedBy: readonly string[], rejected: readonly RejectedCandidate[]): CandidateReport[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  return [
    ...shortlist.slice(0, REPORTED).map((candidate) => ({
      agentId: candidate.agentId,
      eligible: true,
      skillFit: candidate.skillFit,
      idleSince: iso(candidate.idleSince),
      reason: missedBy.includes(candidate.agentId) ? 'eligible, but missed this contact before' : `eligible, skill fit ${candidate.skillFit}`,
    })),
    ...rejected.slice(0, REPORTED).map((candidate) => ({ agentId: candidate.agentId, eligible: false, skillFit: 0, idleSince: iso(candidate.idleSince), reason: candidate.reason })),
  ];
}
