import type { TimelineEntry } from '../../../shared/api/timeline.types';
import { formatDuration } from '../../../shared/format/time';

/** What a timeline entry says in one line: its text, or for a call its direction, outcome and length. */
export function entryText(entry: TimelineEntry): string {
  if (entry.unreadable) return 'Content erased';
  if (entry.kind === 'call' && entry.call) {
    const parts = [`${entry.call.direction === 'inbound' ? 'Incoming' : 'Outgoing'} call`, entry.call.outcome ?? entry.call.status];
    if (entry.call.durationSeconds !== null) parts.push(formatDuration(entry.call.durationSeconds));
    if (entry.call.recordings > 0) parts.push(`${entry.call.recordings} recording${entry.call.recordings > 1 ? 's' : ''}`);
    return parts.join(' · ');
  }
  return [entry.subject, entry.text].filter(Boolean).join(' — ') || '(no text)';
}

export function authorLabel(author: TimelineEntry['author']): string {
  switch (author.kind) {
    case 'customer':
      return 'Customer';
    case 'agent':
      return 'Agent';
    case 'bot':
      return 'Self-service';
    case 'system':
      return 'System';
  }
}
