import type { RoutingChannel, RoutingDecisionRecord } from '@switchboard/contracts';
import type { AgentProfile } from '../model/agent';
import { compareContacts, type Contact } from '../model/contact';
import { defaultQueue, type Queue } from '../model/queue';
import { languageWanted, type LanguageWanted } from './language';
import { overflowInForce } from './overflow';
import { candidateReports, compareCandidates, rankCandidates, speaksFirst, type CandidateRanking, type FreeAgent, type RankedCandidate } from './rank-candidates';

/** What the router sees when it matches: waiting contacts (the heads of the queues) and the free agents per channel. */
export interface RoutingBoard {
  readonly now: number;
  readonly queues: ReadonlyMap<string, Queue>;
  readonly profiles: ReadonlyMap<string, AgentProfile>;
  /** Contacts with status `waiting`, any order. */
  readonly waiting: readonly Contact[];
  /** Agents with room for one more contact of each channel (available, no offer pending, under their caps). */
  readonly free: ReadonlyMap<RoutingChannel, readonly FreeAgent[]>;
}

/** One offer to make: the state must still agree (atomically) when it is made. */
export interface OfferPlan {
  readonly contact: Contact;
  readonly queue: Queue;
  readonly agentId: string;
  readonly timeoutSeconds: number;
  readonly decision: RoutingDecisionRecord;
}

export function queueOf(queues: ReadonlyMap<string, Queue>, queueId: string): Queue {
  return queues.get(queueId) ?? defaultQueue();
}

const SHORTLIST = 5;

interface Choice {
  readonly winner: RankedCandidate;
  readonly rule: RoutingDecisionRecord['rule'];
  readonly because: string;
  /** Unclaimed eligible agents in rank order, the winner first. */
  readonly shortlist: readonly RankedCandidate[];
}

/** The best unclaimed agents in rank order; agents who missed this contact are passed over while others remain. */
function shortlistFor(contact: Contact, ranking: CandidateRanking, claimed: ReadonlySet<string>): { open: RankedCandidate[]; fresh: RankedCandidate | undefined } {
  const open: RankedCandidate[] = [];
  let fresh: RankedCandidate | undefined;
  for (const candidate of ranking.ranked) {
    if (claimed.has(candidate.agentId)) continue;
    open.push(candidate);
    if (!fresh && !contact.missedBy.includes(candidate.agentId)) fresh = candidate;
    if (fresh && open.length >= SHORTLIST) break;
  }
  return { open, fresh };
}

function choose(contact: Contact, ranking: CandidateRanking, claimed: ReadonlySet<string>, now: number, wanted: LanguageWanted | null): Choice | null {
  const named = (agentId: string) => ranking.ranked.find((candidate) => candidate.agentId === agentId && !claimed.has(agentId));
  if (contact.pinnedAgentId !== null) {
    const winner = named(contact.pinnedAgentId);
    return winner ? { winner, rule: 'pinned', because: `transferred to ${winner.agentId} by name`, shortlist: [winner] } : null;
  }
  if (contact.affinityAgentId !== null && contact.affinityUntil !== null && now < contact.affinityUntil) {
    const winner = named(contact.affinityAgentId);
    // While the affinity window lasts, the contact waits for its last agent rather than going to another.
    const until = new Date(contact.affinityUntil).toISOString();
    return winner ? { winner, rule: 'affinity', because: `last served this customer; kept for them until ${until}`, shortlist: [winner] } : null;
  }
  const { open, fresh } = shortlistFor(contact, ranking, claimed);
  const winner = fresh ?? open[0];
  if (!winner) return null;
  const shortlist = [winner, ...open.filter((candidate) => candidate !== winner)];
  return { winner, rule: 'best-fit', because: bestFitBecause(winner, shortlist[1], wanted), shortlist };
}

/** Why the best-fit winner won, against the runner-up: language, then skill fit, then idle time. */
function bestFitBecause(winner: RankedCandidate, runnerUp: RankedCandidate | undefined, wanted: LanguageWanted | null): string {
  // Speakers rank first, so a winner who does not speak the language means no free agent does.
  const nobodySpeaks = wanted !== null && winner.language !== 'speaks' && (runnerUp?.language ?? 'any') !== 'speaks' ? `; nobody free speaks ${wanted.language}` : '';
  if (!runnerUp) return `the only eligible agent free on this channel${nobodySpeaks}`;
  if (compareCandidates(winner, runnerUp) > 0) return 'the best agent who has not missed this contact';
  if (speaksFirst(winner) > speaksFirst(runnerUp)) return `speaks ${wanted?.language ?? 'the language'}, the next best does not`;
  if (winner.skillFit > runnerUp.skillFit) return `best skill fit (${winner.skillFit} vs ${runnerUp.skillFit})${nobodySpeaks}`;
  return `same skill fit (${winner.skillFit}), idle longest (since ${new Date(winner.idleSince).toISOString()})${nobodySpeaks}`;
}

/**
 * Matches waiting contacts to free agents, greedily in queue order: the highest-priority,
 * longest-waiting contact first, each given the best agent still unclaimed (one offer per agent
 * at a time). Pure: the engine makes each planned offer atomically and skips those the state
 * refuses because another router got there first. Contacts of the same kind share one ranking,
 * so a pass costs one sort per kind, not one per contact.
 */
export function planOffers(board: RoutingBoard): OfferPlan[] {
  const claimed = new Set<string>();
  const rankings = new Map<string, CandidateRanking>();
  const plans: OfferPlan[] = [];
  // Free agents per channel, and how many of them this pass has claimed: kept as counts, not re-filtered.
  const freeIds = new Map([...board.free].map(([channel, agents]) => [channel, new Set(agents.map((agent) => agent.agentId))]));
  const claimedOn = new Map<RoutingChannel, number>();
  const contacts = board.waiting.filter((contact) => contact.status === 'waiting').sort(compareContacts);
  for (const contact of contacts) {
    const free = board.free.get(contact.channel) ?? [];
    const unclaimed = free.length - (claimedOn.get(contact.channel) ?? 0);
    if (unclaimed <= 0) continue;
    const queue = queueOf(board.queues, contact.queueId);
    const steps = overflowInForce(queue, contact, board.now);
    const wanted = languageWanted(queue, contact.language);
    const kind = `${queue.id}|${contact.channel}|${wanted?.language ?? ''}|${steps.map(({ index }) => index).join(',')}`;
    let ranking = rankings.get(kind);
    if (!ranking) {
      ranking = rankCandidates(free, { queue, queues: board.queues, steps, wanted, profileOf: (id) => board.profiles.get(id) });
      rankings.set(kind, ranking);
    }
    const chosen = choose(contact, ranking, claimed, board.now, wanted);
    if (!chosen) continue;
    claimed.add(chosen.winner.agentId);
    for (const [channel, ids] of freeIds) if (ids.has(chosen.winner.agentId)) claimedOn.set(channel, (claimedOn.get(channel) ?? 0) + 1);
    plans.push({
      contact,
      queue,
      agentId: chosen.winner.agentId,
      timeoutSeconds: queue.offerTimeoutSeconds,
      decision: {
        rule: chosen.rule,
        because: chosen.because,
        candidatesConsidered: unclaimed,
        candidates: candidateReports(chosen.shortlist, contact.missedBy, ranking.rejected, wanted),
        overflowSteps: steps.map(({ step }) => step.action),
      },
    });
  }
  return plans;
}
