// The routing API (libs/routing/src/http) and its values (libs/contracts routing-values), as the console reads them.

export const RoutingChannels = ['voice', 'chat', 'email', 'messaging', 'social'] as const;
export type RoutingChannel = (typeof RoutingChannels)[number];

export const Presences = ['offline', 'available', 'away', 'busy', 'wrap-up'] as const;
export type Presence = (typeof Presences)[number];

export const OverflowActions = ['relax-skills', 'add-queue-agents', 'offer-callback', 'offer-self-service'] as const;
export type OverflowAction = (typeof OverflowActions)[number];

export type ChannelCounts = Readonly<Record<RoutingChannel, number>>;

export interface SkillRequirement {
  readonly skill: string;
  readonly minLevel: number;
}

export interface ServiceLevelTarget {
  readonly percent: number;
  readonly withinSeconds: number;
}

export type OverflowStep =
  | { readonly afterSeconds: number; readonly action: 'relax-skills'; readonly minLevel: number }
  | { readonly afterSeconds: number; readonly action: 'add-queue-agents'; readonly queueId: string }
  | { readonly afterSeconds: number; readonly action: 'offer-callback' }
  | { readonly afterSeconds: number; readonly action: 'offer-self-service' };

export interface Queue {
  readonly id: string;
  readonly name: string;
  readonly channels: readonly RoutingChannel[];
  readonly channelIds: readonly string[];
  readonly requiredSkills: readonly SkillRequirement[];
  readonly language: string | null;
  /** Only agents who speak `language` may take the contacts (otherwise speakers are preferred). */
  readonly languageRequired: boolean;
  readonly priority: number;
  readonly serviceLevel: ServiceLevelTarget;
  readonly offerTimeoutSeconds: number;
  readonly overflow: readonly OverflowStep[];
  readonly affinitySeconds: number;
  readonly selfService: boolean;
}

/** What `PUT /api/routing/queues/{id}` takes. */
export type QueueInput = Omit<Queue, 'id'>;

export interface AgentProfile {
  readonly agentId: string;
  readonly displayName: string;
  readonly skills: Readonly<Record<string, number>>;
  readonly languages: readonly string[];
  readonly capacity: ChannelCounts;
  readonly maxTotal: number;
  readonly wrapUpSeconds: number;
}

/** `GET /api/routing/agents/directory`: a colleague to transfer to. */
export interface AgentDirectoryEntry {
  readonly agentId: string;
  readonly displayName: string;
  readonly presence: Presence;
}

/** What `PUT /api/routing/agents/{userId}` takes. */
export type AgentProfileInput = Omit<AgentProfile, 'agentId'>;

export const DEFAULT_CAPACITY: ChannelCounts = { voice: 1, chat: 3, email: 5, messaging: 3, social: 3 };

export interface Article {
  readonly id: string;
  readonly language: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly status: 'draft' | 'published';
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly publishedAt: string | null;
}

export interface ArticleInput {
  readonly language: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
}

export interface KbSuggestion {
  readonly articleId: string;
  readonly title: string;
  readonly language: string;
  readonly snippet: string;
  readonly score: number;
}
