import type { EventEnvelope } from '../../envelope/event-envelope';

/**
 * The id routing, realtime and the console know a live contact by: the conversation id an event
 * carries (the web chat names its conversations), else the channel event's thread key (one per
 * caller, sender or email thread on a channel). The timeline keeps its own conversation ids (a
 * messaging thread becomes a new conversation after a quiet spell) and links each contact id to the
 * conversation it currently stands for.
 */
export function contactIdOf(event: Pick<EventEnvelope, 'subject' | 'payload'>): string | null {
  if (event.subject.conversationId) return event.subject.conversationId;
  const threadKey = (event.payload as { threadKey?: unknown } | null)?.threadKey;
  return typeof threadKey === 'string' && threadKey !== '' ? threadKey : null;
}
