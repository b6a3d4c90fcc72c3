import { useEffect, useState } from 'react';
import { ApiError } from '../../../shared/api/api-error';
import type { ConversationDetail } from '../../../shared/api/timeline.types';
import { useAuth } from '../../../shared/auth/auth-context';

export type DetailState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly detail: ConversationDetail }
  /** The timeline has not recorded it (yet): the projection may lag a moment behind routing. `final` once we stopped asking. */
  | { readonly status: 'missing'; readonly final: boolean }
  | { readonly status: 'error'; readonly error: unknown };

const RETRY_MS = 1500;
const MAX_ATTEMPTS = 20;
const SETTLE_MS = 2500;

/**
 * The conversation as the timeline recorded it (its customer, tags, call events), read again when
 * `version` changes (a new message, a wrap-up). A 404 is retried for a while: the timeline's
 * projection follows the event store, so a conversation just routed may not be there yet.
 * `conversationId` is routing's contact id: the timeline answers with its own conversation (whose
 * `id` may differ) and the customer's id.
 */
export function useConversationDetail(conversationId: string, version: number): { readonly state: DetailState; readonly retry: () => void } {
  const { api } = useAuth();
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer = 0;
    const attempt = (count: number, settle: boolean) => {
      api.timeline.conversation(conversationId).then(
        (detail) => {
          if (cancelled) return;
          setState({ status: 'ready', detail });
          // The projection may not have caught up with the change that prompted this read yet.
          if (settle) timer = window.setTimeout(() => attempt(1, false), SETTLE_MS);
        },
        (error: unknown) => {
          if (cancelled) return;
          if (error instanceof ApiError && error.status === 404) {
            const final = count >= MAX_ATTEMPTS;
            setState((previous) => (previous.status === 'ready' ? previous : { status: 'missing', final }));
            if (!final) timer = window.setTimeout(() => attempt(count + 1, settle), RETRY_MS);
          } else {
            setState((previous) => (previous.status === 'ready' ? previous : { status: 'error', error }));
          }
        },
      );
    };
    // Debounced: a burst of messages reads the conversation once.
    timer = window.setTimeout(() => attempt(1, version !== 0), version === 0 ? 0 : 600);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [api, conversationId, version, attempt]);

  return { state, retry: () => setAttempt((value) => value + 1) };
}
