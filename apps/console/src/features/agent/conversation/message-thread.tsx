import type { ConversationMessage, NotePush } from '@switchboard/contracts/realtime';
import { useEffect, useRef } from 'react';
import type { TimelineEntry } from '../../../shared/api/timeline.types';
import { EmptyState } from '../../../shared/components/empty-state';
import { formatClock } from '../../../shared/format/time';
import { authorLabel, entryText } from './entry-text';
import { threadItems, type ThreadItem } from './thread-items';

function Item({ item, myId }: { readonly item: ThreadItem; readonly myId: string }) {
  switch (item.kind) {
    case 'message': {
      const { message } = item;
      const mine = message.author.kind === 'agent';
      return (
        <li className={`bubble ${mine ? 'bubble--out' : 'bubble--in'}`}>
          <span className="bubble__meta">
            {mine ? (message.author.id === myId ? 'You' : 'Agent') : 'Customer'} · <time dateTime={message.sentAt}>{formatClock(message.sentAt)}</time>
          </span>
          <span className="bubble__text">{message.text}</span>
        </li>
      );
    }
    case 'note':
      return (
        <li className="bubble bubble--note">
          <span className="bubble__meta">
            Internal note · <time dateTime={item.note.addedAt}>{formatClock(item.note.addedAt)}</time>
          </span>
          <span className="bubble__text">{item.note.text}</span>
        </li>
      );
    case 'entry': {
      const { entry } = item;
      const side = entry.kind === 'call' ? 'bubble--event' : entry.kind === 'note' ? 'bubble--note' : entry.direction === 'outbound' ? 'bubble--out' : 'bubble--in';
      return (
        <li className={`bubble ${side}`}>
          <span className="bubble__meta">
            {entry.kind === 'call' ? 'Call' : authorLabel(entry.author)} · <time dateTime={entry.occurredAt}>{formatClock(entry.occurredAt)}</time>
          </span>
          <span className="bubble__text">{entryText(entry)}</span>
        </li>
      );
    }
  }
}

/** Every message, note and call event of the conversation in order; follows new ones to the bottom. */
export function MessageThread({ messages, notes, entries, myId, customerTyping }: { readonly messages: readonly ConversationMessage[]; readonly notes: readonly NotePush[]; readonly entries: readonly TimelineEntry[]; readonly myId: string; readonly customerTyping: boolean }) {
  const items = threadItems(messages, notes, entries);
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    // A block body: newer browsers' scrollIntoView returns a promise, which React would take for a cleanup.
    void end.current?.scrollIntoView({ block: 'end' });
  }, [items.length, customerTyping]);
  return (
    <div className="thread">
      {items.length === 0 ? (
        <EmptyState title="No messages yet">The customer's messages appear here as they arrive.</EmptyState>
      ) : (
        <ol className="thread__list" aria-label="Messages" aria-live="polite" aria-relevant="additions">
          {items.map((item) => (
            <Item key={item.id} item={item} myId={myId} />
          ))}
          <li ref={end} className="thread__end">
            {customerTyping && <span className="typing">The customer is typing…</span>}
          </li>
        </ol>
      )}
    </div>
  );
}
