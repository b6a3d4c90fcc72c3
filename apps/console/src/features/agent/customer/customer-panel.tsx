import { useEffect } from 'react';
import { useAuth } from '../../../shared/auth/auth-context';
import { AsyncView } from '../../../shared/components/async-view';
import { EmptyState } from '../../../shared/components/empty-state';
import { ErrorState } from '../../../shared/components/error-state';
import { LoadingState } from '../../../shared/components/loading-state';
import { useAsync } from '../../../shared/hooks/use-async';
import type { DetailState } from '../conversation/use-conversation-detail';
import { CustomerProfile } from './customer-profile';
import { CustomerTimeline } from './customer-timeline';

interface KnownCustomerProps {
  readonly customerId: string;
  readonly conversationId: string;
  readonly version: number;
  readonly idPrefix: string;
  readonly onName: (name: string | null) => void;
}

function KnownCustomer({ customerId, conversationId, version, idPrefix, onName }: KnownCustomerProps) {
  const { api } = useAuth();
  const customer = useAsync(() => api.timeline.customer(customerId), [api, customerId]);
  const name = customer.status === 'ready' ? customer.data.displayName : null;
  useEffect(() => {
    onName(name);
  }, [name, onName]);
  return (
    <>
      <AsyncView state={customer} label="Loading the customer…">
        {(card) => (
          <CustomerProfile
            customer={card}
            idPrefix={idPrefix}
            onConsent={async (purpose, status) => {
              const updated = await api.timeline.setConsent(card.id, purpose, status);
              if (customer.status === 'ready') customer.set(updated);
            }}
          />
        )}
      </AsyncView>
      <CustomerTimeline customerId={customerId} currentConversationId={conversationId} version={version} idPrefix={idPrefix} />
    </>
  );
}

/** Beside the conversation: who the customer is and everything they did, on every channel. */
export function CustomerPanel({
  detail,
  onRetry,
  onName,
  version,
  idPrefix,
}: {
  readonly detail: DetailState;
  readonly onRetry: () => void;
  /** Tells the conversation header who the customer is, once known. */
  readonly onName: (name: string | null) => void;
  readonly version: number;
  readonly idPrefix: string;
}) {
  return (
    <aside className="pane__customer" aria-label="Customer">
      <h2 className="visually-hidden">Customer</h2>
      {detail.status === 'loading' && <LoadingState label="Finding the customer…" />}
      {detail.status === 'missing' && !detail.final && <LoadingState label="Waiting for the timeline to record this conversation…" />}
      {detail.status === 'missing' && detail.final && (
        <EmptyState title="Not in the timeline yet">
          The timeline has no record of this conversation so far.{' '}
          <button type="button" className="button button--link" onClick={onRetry}>
            Look again
          </button>
        </EmptyState>
      )}
      {detail.status === 'error' && <ErrorState error={detail.error} onRetry={onRetry} title="The customer could not be loaded" />}
      {detail.status === 'ready' && (
        <KnownCustomer customerId={detail.detail.customerId} conversationId={detail.detail.id} version={version} idPrefix={idPrefix} onName={onName} />
      )}
    </aside>
  );
}
