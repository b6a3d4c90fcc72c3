import type { CallOutcome, ConversationAuthor, MediaKind } from '@switchboard/contracts';
import type { CallStage } from '../conversation/conversation.state';

/** What an agent sees in a customer's timeline: one line per message, email, call or note. */
export type EntryKind = 'message' | 'email' | 'call' | 'note';
export type EntryDirection = 'inbound' | 'outbound' | 'internal';

export interface EntryMedia {
  readonly kind: MediaKind | 'attachment';
  readonly contentType: string | null;
  readonly filename: string | null;
}

export interface CallSummary {
  readonly providerCallId: string;
  readonly direction: 'inbound' | 'outbound';
  readonly status: CallStage;
  readonly outcome: CallOutcome | null;
  readonly durationSeconds: number | null;
  readonly answeredBy: string | null;
  readonly recordings: number;
}

export interface TimelineEntry {
  /** The id of the event it came from; a call's entry is `<conversationId>:call`. */
  readonly id: string;
  readonly conversationId: string;
  readonly occurredAt: string;
  readonly channel: string;
  readonly kind: EntryKind;
  readonly direction: EntryDirection;
  readonly author: ConversationAuthor;
  readonly text: string | null;
  readonly subject: string | null;
  /** True when personal parts of it can no longer be read (the customer was erased). */
  readonly unreadable: boolean;
  readonly media: readonly EntryMedia[];
  readonly call: CallSummary | null;
}

/** A change to a call's entry as the call moves on. */
export interface CallUpdate {
  readonly status?: CallStage;
  readonly outcome?: CallOutcome;
  readonly durationSeconds?: number;
  readonly answeredBy?: string | null;
  readonly recordingAdded?: boolean;
}

export const callEntryId = (conversationId: string) => `${conversationId}:call`;

export function applyCallUpdate(summary: CallSummary, update: CallUpdate): CallSummary {
  return {
    ...summary,
    status: update.status ?? summary.status,
    outcome: update.outcome ?? summary.outcome,
    durationSeconds: update.durationSeconds ?? summary.durationSeconds,
    answeredBy: update.answeredBy === undefined ? summary.answeredBy : update.answeredBy,
    recordings: summary.recordings + (update.recordingAdded ? 1 : 0),
  };
}

/** What an erasure leaves of an entry: who, when and how, never what. */
export function redactEntry(entry: TimelineEntry): TimelineEntry {
  return { ...entry, text: null, subject: null, unreadable: true, media: entry.media.map((item) => ({ ...item, filename: null })) };
}
