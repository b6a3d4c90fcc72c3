import { useRef, type KeyboardEvent } from 'react';
import type { OpenConversation } from '../state/workspace-state';

const tabId = (conversationId: string) => `c-${conversationId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** A tab is named by what the customer first wrote: agents recognise a conversation by its question. */
function tabLabel(conversation: OpenConversation): string {
  const first = conversation.messages.find((message) => message.author.kind === 'customer')?.text.trim();
  if (!first) return `#${conversation.conversationId.slice(-6)}`;
  return first.length > 28 ? `${first.slice(0, 27)}…` : first;
}

/** Arrow keys wrap around; Home and End jump to the first and the last tab (the WAI-ARIA tabs keys). */
function targetIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * One tab per open conversation (the WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs), with
 * an unread count and the load against the agent's capacity.
 */
export function ConversationTabs({ conversations, activeId, onActivate, capacityLabel }: { readonly conversations: readonly OpenConversation[]; readonly activeId: string | null; readonly onActivate: (id: string) => void; readonly capacityLabel: string | null }) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = conversations.findIndex((conversation) => conversation.conversationId === activeId);
    const target = targetIndex(event.key, index, conversations.length);
    if (target === null || index < 0) return;
    event.preventDefault();
    const next = conversations[target];
    if (!next) return;
    onActivate(next.conversationId);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(next.conversationId)}-tab`)?.focus();
  };

  return (
    <div className="tabs-bar">
      <div role="tablist" aria-label="Open conversations" className="tabs" ref={list} onKeyDown={onKeyDown}>
        {conversations.map((conversation) => {
          const id = tabId(conversation.conversationId);
          const active = conversation.conversationId === activeId;
          return (
            <button
              key={conversation.conversationId}
              type="button"
              role="tab"
              id={`${id}-tab`}
              aria-controls={`${id}-panel`}
              aria-selected={active}
              tabIndex={active ? 0 : -1}
              className={`tab${active ? ' tab--active' : ''}${conversation.ended ? ' tab--ended' : ''}`}
              onClick={() => onActivate(conversation.conversationId)}
            >
              <span className="tab__channel">{conversation.routing.channel}</span>
              <span className="tab__name">{tabLabel(conversation)}</span>
              {conversation.unread > 0 && (
                <span className="tab__unread" aria-label={`${conversation.unread} unread`}>
                  {conversation.unread}
                </span>
              )}
              {conversation.customerTyping && <span className="tab__typing" aria-label="customer typing">…</span>}
              {conversation.ended && <span className="tab__ended">ended</span>}
            </button>
          );
        })}
      </div>
      {capacityLabel && <span className="muted tabs-bar__capacity">{capacityLabel}</span>}
    </div>
  );
}
