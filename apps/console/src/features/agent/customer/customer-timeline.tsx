import { useEffect, useRef } from 'react';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { formatDateTime } from '../../../shared/format/time';
import { authorLabel, entryText } from '../conversation/entry-text';
import { useTimelinePages } from './use-timeline-pages';

/**
 * Every channel interleaved, newest first. The list scrolls in its own box; scrolling to its end
 * loads older entries (infinite scroll), and the "Load older entries" button at the end does the
 * same for keyboard and screen-reader users.
 */
export function CustomerTimeline({ customerId, currentConversationId, version, idPrefix }: { readonly customerId: string; readonly currentConversationId: string; readonly version: number; readonly idPrefix: string }) {
  const pages = useTimelinePages(customerId, version);
  const list = useRef<HTMLOListElement>(null);
  const sentinel = useRef<HTMLLIElement>(null);
  const { hasMore, loadMore, status, entries } = pages;

  useEffect(() => {
    const root = list.current;
    const target = sentinel.current;
    if (!root || !target || !hasMore || status !== 'idle') return undefined;
    // Observed within the list's own scroll box, so older pages load as the agent scrolls it.
    const observer = new IntersectionObserver((seen) => seen.some((entry) => entry.isIntersecting) && loadMore(), { root, rootMargin: '80px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, loadMore, status, entries.length]);

  return (
    <section className="side-section timeline" aria-labelledby={`${idPrefix}-timeline-title`}>
      <div className="section-header">
        <h3 id={`${idPrefix}-timeline-title`}>Timeline</h3>
        <button type="button" className="button button--small" onClick={pages.refresh} disabled={status === 'loading'} aria-label="Refresh the timeline">
          Refresh
        </button>
      </div>
      {status === 'loading' && <LoadingState label="Loading the timeline…" />}
      {status === 'error' && entries.length === 0 && <ErrorState error={pages.error} onRetry={pages.retry} />}
      {status !== 'loading' && status !== 'error' && entries.length === 0 && <EmptyState title="Nothing in the timeline yet">It fills in as the customer writes and agents answer.</EmptyState>}
      {entries.length > 0 && (
        <ol className="timeline__list" aria-label="Customer timeline" data-testid="customer-timeline" ref={list} tabIndex={0}>
          {entries.map((entry) => (
            <li key={entry.id} className={`timeline__entry${entry.conversationId === currentConversationId ? ' timeline__entry--current' : ''}`} data-conversation-id={entry.conversationId}>
              <span className="timeline__meta">
                <span className="chip">{entry.channel}</span> {entry.kind === 'call' ? 'Call' : entry.kind === 'note' ? 'Internal note' : authorLabel(entry.author)} ·{' '}
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                {entry.conversationId === currentConversationId && <span className="visually-hidden"> (this conversation)</span>}
              </span>
              <span className="timeline__text">{entryText(entry)}</span>
            </li>
          ))}
          {hasMore && (
            <li ref={sentinel} className="timeline__more">
              {status === 'loading-more' ? (
                <LoadingState label="Loading older entries…" />
              ) : (
                <button type="button" className="button button--small" onClick={loadMore} disabled={status !== 'idle'}>
                  Load older entries
                </button>
              )}
            </li>
          )}
          {!hasMore && status === 'idle' && <li className="timeline__end muted">The beginning of this customer’s timeline.</li>}
        </ol>
      )}
      {status === 'error' && entries.length > 0 && <ErrorState error={pages.error} onRetry={pages.retry} title="Older entries could not be loaded" />}
    </section>
  );
}
