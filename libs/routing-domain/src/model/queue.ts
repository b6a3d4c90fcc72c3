import type { OverflowAction, RoutingChannel } from '@switchboard/contracts';

/** A skill a queue asks for, with the lowest level (1..10) that qualifies. */
export interface SkillRequirement {
  readonly skill: string;
  readonly minLevel: number;
}

/** E.g. 80% of contacts answered within 20 s. */
export interface ServiceLevelTarget {
  readonly percent: number;
  readonly withinSeconds: number;
}

/**
 * What happens to a contact that has waited `afterSeconds`. Steps accumulate: once reached, a step
 * stays in force for that contact.
 */
export type OverflowStep =
  | { readonly afterSeconds: number; readonly action: 'relax-skills'; readonly minLevel: number }
  | { readonly afterSeconds: number; readonly action: 'add-queue-agents'; readonly queueId: string }
  | { readonly afterSeconds: number; readonly action: 'offer-callback' }
  | { readonly afterSeconds: number; readonly action: 'offer-self-service' };

export interface Queue {
  readonly id: string;
  readonly name: string;
  /** Kinds of work the queue takes (capacity buckets). */
  readonly channels: readonly RoutingChannel[];
  /** Channel connections routed here whatever their kind; they win over `channels` when choosing a queue. */
  readonly channelIds: readonly string[];
  readonly requiredSkills: readonly SkillRequirement[];
  /** The language the queue's contacts are served in: agents who speak it are offered them first. Null: the contact's own language, if known. */
  readonly language: string | null;
  /**
   * Only agents who speak `language` may take the queue's contacts (a strict language queue).
   * Absent or false: speakers are preferred, but anyone qualified may take a contact nobody free
   * speaks for, so a contact never starves for want of a language. Queues saved before this
   * setting existed lack it, hence optional.
   */
  readonly languageRequired?: boolean;
  /** Added to every contact's priority: a higher-priority queue's contacts are matched first. */
  readonly priority: number;
  readonly serviceLevel: ServiceLevelTarget;
  readonly offerTimeoutSeconds: number;
  readonly overflow: readonly OverflowStep[];
  /** How long a returning customer is kept for the agent who last served them (0: no affinity). */
  readonly affinitySeconds: number;
  /** Text contacts get knowledge-base answers first and reach an agent when they ask for one. */
  readonly selfService: boolean;
}

export const DEFAULT_QUEUE_ID = 'default';

/** Created on demand so a tenant that configured nothing still routes every contact somewhere. */
export function defaultQueue(): Queue {
  return {
    id: DEFAULT_QUEUE_ID,
    name: 'Default',
    channels: ['voice', 'chat', 'email', 'messaging', 'social'],
    channelIds: [],
    requiredSkills: [],
    language: null,
    languageRequired: false,
    priority: 0,
    serviceLevel: { percent: 80, withinSeconds: 20 },
    offerTimeoutSeconds: 20,
    overflow: [],
    affinitySeconds: 0,
    selfService: false,
  };
}

export function overflowActionOf(step: OverflowStep): OverflowAction {
  return step.action;
}
