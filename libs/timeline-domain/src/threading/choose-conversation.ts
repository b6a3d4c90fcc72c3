import type { ThreadRule } from './thread-rule';

/** What the thread store knows about a key. */
export interface ThreadRecord {
  readonly conversationId: string;
  readonly customerId: string;
  readonly lastActivityAt: string;
}

export interface ThreadContext {
  /** The customer the event's sender resolved to. */
  readonly customerId: string;
  /** When the event happened. */
  readonly at: string;
  readonly inactivityGapMs: number;
  /** The id a new conversation gets, chosen by the caller. */
  readonly newConversationId: string;
}

export type ThreadChoice =
  | { readonly kind: 'existing'; readonly conversationId: string; readonly keys: readonly string[] }
  | {
      readonly kind: 'new';
      readonly conversationId: string;
      readonly keys: readonly string[];
      /** The key to claim for the new conversation and the conversation it must still point at (null: none), so two racing writers agree. */
      readonly claim: { readonly key: string; readonly expected: string | null };
      /** The conversation this one follows after the inactivity gap, to be closed. */
      readonly replaces: string | null;
    };

/** Picks the conversation for an event by its thread rule and what the thread store found for its keys. */
export function chooseConversation(rule: ThreadRule, found: ReadonlyMap<string, ThreadRecord>, context: ThreadContext): ThreadChoice {
  switch (rule.kind) {
    case 'call':
    case 'chat':
      return byKey(rule.key, found.get(rule.key), context);
    case 'messaging':
      return byRecentActivity(rule.key, found.get(rule.key), context);
    case 'email':
      return byAncestor(rule, found, context);
  }
}

function fresh(key: string, context: ThreadContext, expected: string | null, replaces: string | null): ThreadChoice {
  return { kind: 'new', conversationId: context.newConversationId, keys: [key], claim: { key, expected }, replaces };
}

function byKey(key: string, record: ThreadRecord | undefined, context: ThreadContext): ThreadChoice {
  return record ? { kind: 'existing', conversationId: record.conversationId, keys: [key] } : fresh(key, context, null, null);
}

function byRecentActivity(key: string, record: ThreadRecord | undefined, context: ThreadContext): ThreadChoice {
  if (!record) return fresh(key, context, null, null);
  // A thread whose identity now belongs to someone else (the customer was erased) is not continued.
  if (record.customerId !== context.customerId) return fresh(key, context, record.conversationId, null);
  const quietFor = Date.parse(context.at) - Date.parse(record.lastActivityAt);
  // An event older than the last activity (late delivery) belongs to the running conversation too.
  if (quietFor <= context.inactivityGapMs) return { kind: 'existing', conversationId: record.conversationId, keys: [key] };
  return fresh(key, context, record.conversationId, record.conversationId);
}

function byAncestor(rule: Extract<ThreadRule, { kind: 'email' }>, found: ReadonlyMap<string, ThreadRecord>, context: ThreadContext): ThreadChoice {
  const own = found.get(rule.ownKey);
  // The same message again (a redelivery) stays where it went the first time.
  if (own) return { kind: 'existing', conversationId: own.conversationId, keys: [rule.ownKey] };
  for (const key of rule.candidateKeys) {
    const record = found.get(key);
    // Someone replying in another customer's thread (a colleague in Cc) starts their own conversation,
    // so one customer's timeline never shows what another wrote.
    if (record && record.customerId === context.customerId) return { kind: 'existing', conversationId: record.conversationId, keys: [rule.ownKey] };
  }
  return fresh(rule.ownKey, context, null, null);
}
