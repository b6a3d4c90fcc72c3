import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineEntry, TimelinePage } from '../../../shared/api/timeline.types';
import { useAuth } from '../../../shared/auth/auth-context';

export interface TimelinePages {
  readonly entries: readonly TimelineEntry[];
  readonly status: 'loading' | 'idle' | 'loading-more' | 'error';
  readonly error: unknown;
  readonly hasMore: boolean;
  loadMore(): void;
  retry(): void;
  /** Reads the newest page again (what happened since), keeping the older pages loaded. */
  refresh(): void;
}

const PAGE_SIZE = 20;
/** A burst of messages reads the newest page once. */
const DEBOUNCE_MS = 300;
/** The timeline's projection follows the event store a moment behind: read once more after a change. */
const SETTLE_MS = 2500;

function newestFirst(entries: Iterable<TimelineEntry>): TimelineEntry[] {
  return [...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id));
}

function mergeNewestFirst(current: readonly TimelineEntry[], incoming: readonly TimelineEntry[]): TimelineEntry[] {
  const byId = new Map(current.map((entry) => [entry.id, entry]));
  for (const entry of incoming) byId.set(entry.id, entry);
  return newestFirst(byId.values());
}

/**
 * A newest page read again joins what is shown when it reaches back to it (or holds the whole
 * timeline); otherwise more happened since than one page holds, and the list starts again from it
 * (with its own cursor), rather than show a hole in the middle.
 */
function joinsShown(page: TimelinePage, shown: readonly TimelineEntry[]): boolean {
  const ids = new Set(shown.map((entry) => entry.id));
  return page.nextCursor === null || page.entries.some((entry) => ids.has(entry.id));
}

/**
 * A customer's timeline, newest first, one cursor page at a time (infinite scroll). When `version`
 * changes the newest page is read again and merged in, so what just happened shows at the top
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
  // What is shown, for reads that finish after other renders (the state in their closure is stale).
  const shown = useRef<readonly TimelineEntry[]>([]);

  const show = useCallback((next: readonly TimelineEntry[]) => {
    shown.current = next;
    setEntries(next);
  }, []);

  useEffect(() => {
    loadedFirst.current = false;
    show([]);
    setCursor(null);
    setHasMore(false);
    setStatus('loading');
  }, [customerId, show]);

  useEffect(() => {
    let cancelled = false;
    const readNewestPage = () =>
      api.timeline.timeline(customerId, null, PAGE_SIZE).then(
        (page) => {
          if (cancelled) return;
          if (loadedFirst.current && joinsShown(page, shown.current)) {
            // A refresh: the cursor still says where the older pages continue.
            show(mergeNewestFirst(shown.current, page.entries));
          } else {
            show(newestFirst(page.entries));
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
    const first = window.setTimeout(() => void readNewestPage(), loadedFirst.current ? DEBOUNCE_MS : 0);
    const settle = window.setTimeout(() => void readNewestPage(), SETTLE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(first);
      window.clearTimeout(settle);
    };
  }, [api, customerId, version, attempt, show]);

  const loadMore = useCallback(() => {
    if (busy.current || !cursor) return;
    busy.current = true;
    setStatus('loading-more');
    api.timeline.timeline(customerId, cursor, PAGE_SIZE).then(
      (page) => {
        show(mergeNewestFirst(shown.current, page.entries));
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
  }, [api, customerId, cursor, show]);

  const refresh = useCallback(() => setAttempt((value) => value + 1), []);

  const retry = useCallback(() => {
    if (loadedFirst.current) loadMore();
    else refresh();
  }, [loadMore, refresh]);

  return { entries, status, error, hasMore, loadMore, retry, refresh };
}
