import { useEffect, useRef } from 'react';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { formatDateTime } from '../../../shared/format/time';
import { authorLabel, entryText } from '../conversation/entry-text';
import { useTimelinePages } from './use-timeline-pages';

/** Every channel interleaved, newest first; scrolling to the end loads older entries. */
export function CustomerTimeline({ customerId, currentConversationId, version, idPrefix }: { readonly customerId: string; readonly currentConversationId: string; readonly version: number; readonly idPrefix: string }) {
  const pages = useTimelinePages(customerId, version);
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasMore, loadMore, status } = pages;

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore || status !== 'idle') return undefined;
    const observer = new IntersectionObserver((seen) => seen.some((entry) => entry.isIntersecting) && loadMore(), { rootMargin: '120px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, loadMore, status]);

  return (
    <section className="side-section timeline" aria-labelledby={`${idPrefix}-timeline-title`}>
      <h3 id={`${idPrefix}-timeline-title`}>Timeline</h3>
      {pages.status === 'loading' && <LoadingState label="Loading the timeline…" />}
      {pages.status === 'error' && pages.entries.length === 0 && <ErrorState error={pages.error} onRetry={pages.retry} />}
      {pages.status !== 'loading' && pages.status !== 'error' && pages.entries.length === 0 && <EmptyState title="Nothing in the timeline yet" />}
      {pages.entries.length > 0 && (
        <ol className="timeline__list" aria-label="Customer timeline" data-testid="customer-timeline">
          {pages.entries.map((entry) => (
            <li key={entry.id} className={`timeline__entry${entry.conversationId === currentConversationId ? ' timeline__entry--current' : ''}`} data-conversation-id={entry.conversationId}>
              <span className="timeline__meta">
                <span className="chip">{entry.channel}</span> {entry.kind === 'call' ? 'Call' : authorLabel(entry.author)} ·{' '}
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                {entry.conversationId === currentConversationId && <span className="visually-hidden"> (this conversation)</span>}
              </span>
              <span className="timeline__text">{entryText(entry)}</span>
            </li>
          ))}
        </ol>
      )}
      {pages.status === 'error' && pages.entries.length > 0 && <ErrorState error={pages.error} onRetry={pages.retry} title="Older entries could not be loaded" />}
      {pages.status === 'loading-more' && <LoadingState label="Loading older entries…" />}
      {pages.hasMore && pages.status === 'idle' && (
        <div ref={sentinel}>
          <button type="button" className="button button--small" onClick={pages.loadMore}>
            Load older entries
          </button>
        </div>
      )}
    </section>
  );
}
