import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineEntry } from '../../../shared/api/timeline.types';
import { useAuth } from '../../../shared/auth/auth-context';

export interface TimelinePages {
  readonly entries: readonly TimelineEntry[];
  readonly status: 'loading' | 'idle' | 'loading-more' | 'error';
  readonly error: unknown;
  readonly hasMore: boolean;
  loadMore(): void;
  retry(): void;
}

const PAGE_SIZE = 20;

function mergeNewestFirst(current: readonly TimelineEntry[], incoming: readonly TimelineEntry[]): TimelineEntry[] {
  const byId = new Map(current.map((entry) => [entry.id, entry]));
  for (const entry of incoming) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id));
}

/**
 * A customer's timeline, newest first, one cursor page at a time (infinite scroll). When `version`
 * changes the first page is read again and merged in, so what just happened shows at the top
 * without losing the older pages already loaded.
 */
export function useTimelinePages(customerId: string, version: number): TimelinePages {
  const { api } = useAuth();
  const [entries, setEntries] = useState<readonly TimelineEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [status, setStatus] = useState<TimelinePages['status']>('loading');
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);
  const loadedFirst = useRef(false);

  useEffect(() => {
    loadedFirst.current = false;
    setEntries([]);
    setStatus('loading');
  }, [customerId]);

  useEffect(() => {
    let cancelled = false;
    api.timeline.timeline(customerId, null, PAGE_SIZE).then(
      (page) => {
        if (cancelled) return;
        setEntries((current) => mergeNewestFirst(current, page.entries));
        // Only the first read sets where the next page starts; a refresh must not rewind it.
        if (!loadedFirst.current) {
          setCursor(page.nextCursor);
          setHasMore(page.nextCursor !== null);
          loadedFirst.current = true;
        }
        setStatus('idle');
      },
      (failure: unknown) => {
        if (cancelled) return;
        setError(failure);
        setStatus(loadedFirst.current ? 'idle' : 'error');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, customerId, version, attempt]);

  const loadMore = useCallback(() => {
    if (busy.current || !cursor) return;
    busy.current = true;
    setStatus('loading-more');
    api.timeline.timeline(customerId, cursor, PAGE_SIZE).then(
      (page) => {
        setEntries((current) => mergeNewestFirst(current, page.entries));
        setCursor(page.nextCursor);
        setHasMore(page.nextCursor !== null);
        setStatus('idle');
        busy.current = false;
      },
      (failure: unknown) => {
        setError(failure);
        setStatus('error');
        busy.current = false;
      },
    );
  }, [api, customerId, cursor]);

  const retry = useCallback(() => {
    if (loadedFirst.current) loadMore();
    else setAttempt((value) => value + 1);
  }, [loadMore]);

  return { entries, status, error, hasMore, loadMore, retry };
}
