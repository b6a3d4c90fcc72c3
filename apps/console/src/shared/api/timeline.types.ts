// The timeline API (libs/timeline), as the console reads it.

export const ConsentPurposes = ['contact', 'marketing', 'recording'] as const;
export type ConsentPurpose = (typeof ConsentPurposes)[number];
export type ConsentStatus = 'given' | 'withdrawn';

export interface CustomerIdentity {
  readonly kind: string;
  /** Null when it can no longer be read (the customer was erased). */
  readonly value: string | null;
}

/** `GET /api/customers/{id}`: the profile with identities and consent (personal values null once erased). */
export interface CustomerCard {
  readonly id: string;
  readonly status: 'active' | 'erased';
  /** The id asked for, when it was merged into this customer. */
  readonly redirectedFrom: string | null;
  readonly displayName: string | null;
  readonly company: string | null;
  readonly language: string | null;
  readonly attributes: Readonly<Record<string, string | null>>;
  readonly identities: readonly CustomerIdentity[];
  readonly consent: Readonly<Partial<Record<ConsentPurpose, ConsentStatus>>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CallSummary {
  readonly direction: 'inbound' | 'outbound';
  readonly status: string;
  readonly outcome: string | null;
  readonly durationSeconds: number | null;
  readonly recordings: number;
}

export interface TimelineEntry {
  readonly id: string;
  readonly conversationId: string;
  readonly occurredAt: string;
  readonly channel: string;
  readonly kind: 'message' | 'email' | 'call' | 'note';
  readonly direction: 'inbound' | 'outbound' | 'internal';
  readonly author: { readonly kind: 'customer' | 'agent' | 'bot' | 'system'; readonly id: string | null };
  readonly text: string | null;
  readonly subject: string | null;
  readonly unreadable: boolean;
  readonly call: CallSummary | null;
}

export interface TimelinePage {
  readonly entries: readonly TimelineEntry[];
  readonly nextCursor: string | null;
}

export interface RoutingStep {
  readonly id: string;
  readonly occurredAt: string;
  readonly type: string;
  readonly agentId: string | null;
  readonly queue: string | null;
  readonly detail: string | null;
}

/** `GET /api/conversations/{id}`: the conversation as the timeline recorded it, messages oldest first. */
export interface ConversationDetail {
  readonly id: string;
  readonly customerId: string;
  readonly channel: string;
  readonly subject: string | null;
  readonly status: 'open' | 'closed';
  readonly queue: string | null;
  readonly assignedAgentId: string | null;
  readonly tags: readonly string[];
  readonly disposition: string | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly messages: readonly TimelineEntry[];
  readonly routingHistory: readonly RoutingStep[];
}

export interface ConversationChanges {
  readonly note?: string;
  readonly addTags?: readonly string[];
  readonly removeTags?: readonly string[];
}

/** What `PATCH /api/conversations/{id}` answers, from the conversation's own stream (the read model follows). */
export interface ConversationChangeResult {
  readonly id: string;
  readonly status: 'open' | 'closed';
  readonly tags: readonly string[];
  readonly notes: number;
}
