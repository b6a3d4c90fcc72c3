import type { ConversationMessage, NotePush } from '@switchboard/contracts/realtime';
import type { TimelineEntry } from '../../../shared/api/timeline.types';

export type ThreadItem =
  | { readonly kind: 'message'; readonly id: string; readonly at: string; readonly message: ConversationMessage }
  | { readonly kind: 'note'; readonly id: string; readonly at: string; readonly note: NotePush }
  | { readonly kind: 'entry'; readonly id: string; readonly at: string; readonly entry: TimelineEntry };

/**
 * One ordered thread from three sources: the live messages (realtime), the notes, and what only
 * the timeline knows (call events, and messages from before the console opened the conversation).
 * A timeline message with the same author and text as a live one is the same message: shown once.
 */
export function threadItems(messages: readonly ConversationMessage[], notes: readonly NotePush[], entries: readonly TimelineEntry[]): ThreadItem[] {
  const live = new Set(messages.map((message) => `${message.author.kind}|${message.text}`));
  const liveNotes = new Set(notes.map((note) => note.text));
  const fromTimeline = entries.filter((entry) => {
    if (entry.kind === 'call') return true;
    if (entry.kind === 'note') return !liveNotes.has(entry.text ?? '');
    return !live.has(`${entry.author.kind}|${entry.text ?? ''}`);
  });
  const items: ThreadItem[] = [
    ...messages.map((message): ThreadItem => ({ kind: 'message', id: `m:${message.messageId}`, at: message.sentAt, message })),
    ...notes.map((note): ThreadItem => ({ kind: 'note', id: `n:${note.noteId}`, at: note.addedAt, note })),
    ...fromTimeline.map((entry): ThreadItem => ({ kind: 'entry', id: `e:${entry.id}`, at: entry.occurredAt, entry })),
  ];
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
