import { useAuth } from '../../../shared/auth/auth-context';
import { AsyncView } from '../../../shared/components/async-view';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { useAsync } from '../../../shared/hooks/use-async';
import type { DetailState } from '../conversation/use-conversation-detail';
import { CustomerProfile } from './customer-profile';
import { CustomerTimeline } from './customer-timeline';

function KnownCustomer({ customerId, conversationId, version, idPrefix }: { readonly customerId: string; readonly conversationId: string; readonly version: number; readonly idPrefix: string }) {
  const { api } = useAuth();
  const customer = useAsync(() => api.timeline.customer(customerId), [api, customerId]);
  return (
    <>
      <AsyncView state={customer} label="Loading the customer…">
        {(card) => <CustomerProfile customer={card} idPrefix={idPrefix} />}
      </AsyncView>
      <CustomerTimeline customerId={customerId} currentConversationId={conversationId} version={version} idPrefix={idPrefix} />
    </>
  );
}

/** Beside the conversation: who the customer is and everything they did, on every channel. */
export function CustomerPanel({ detail, version, idPrefix }: { readonly detail: DetailState; readonly version: number; readonly idPrefix: string }) {
  return (
    <aside className="pane__customer" aria-label="Customer">
      <h2 className="visually-hidden">Customer</h2>
      {detail.status === 'loading' && <LoadingState label="Finding the customer…" />}
      {detail.status === 'missing' && <LoadingState label="Waiting for the timeline to record this conversation…" />}
      {detail.status === 'error' && <ErrorState error={detail.error} title="The customer could not be loaded" />}
      {detail.status === 'ready' && (
        <KnownCustomer customerId={detail.detail.conversation.customerId} conversationId={detail.detail.conversation.id} version={version} idPrefix={idPrefix} />
      )}
    </aside>
  );
}
