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
      // Replies (the agents' and the self-service bot's) on one side, the customer on the other.
      const mine = message.author.kind !== 'customer';
      return (
        <li className={`bubble ${mine ? 'bubble--out' : 'bubble--in'}`}>
          <span className="bubble__meta">
            {message.author.kind === 'bot' ? 'Assistant' : mine ? (message.author.id === myId ? 'You' : 'Agent') : 'Customer'} · <time dateTime={message.sentAt}>{formatClock(message.sentAt)}</time>
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
  const box = useRef<HTMLDivElement>(null);
  // Follows the newest message while the agent is at the bottom; reading further up, they stay put.
  const pinned = useRef(true);

  useEffect(() => {
    const thread = box.current;
    if (!thread) return undefined;
    const onScroll = () => {
      pinned.current = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 24;
    };
    // A resized box (a smaller window, a hidden tab shown again) keeps the newest message in view.
    const observer = new ResizeObserver(() => {
      if (pinned.current) thread.scrollTop = thread.scrollHeight;
    });
    thread.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(thread);
    return () => {
      thread.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    // Scrolls the thread only, never the page around it.
    const thread = box.current;
    if (thread && pinned.current) thread.scrollTop = thread.scrollHeight;
  }, [items.length, customerTyping]);

  return (
    <div className="thread" ref={box}>
      {items.length === 0 ? (
        <EmptyState title="No messages yet">The customer's messages appear here as they arrive.</EmptyState>
      ) : (
        <ol className="thread__list" aria-label="Messages" aria-live="polite" aria-relevant="additions">
          {items.map((item) => (
            <Item key={item.id} item={item} myId={myId} />
          ))}
          <li className="thread__end">
            {customerTyping && <span className="typing">The customer is typing…</span>}
          </li>
        </ol>
      )}
    </div>
  );
}
