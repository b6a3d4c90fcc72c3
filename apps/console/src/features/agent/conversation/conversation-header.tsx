import type { OpenConversation } from '../state/workspace-state';
import { formatClock } from '../../../shared/format/time';

const ENDED: Record<NonNullable<OpenConversation['ended']>, string> = {
  'wrapped-up': 'Wrapped up',
  transferred: 'Transferred',
  reassigned: 'Reassigned by a supervisor',
};

/** What the conversation is, where it came from, and whether the customer is still there. */
export function ConversationHeader({ conversation, customerName, onTransfer, onWrapUp, onClose }: { readonly conversation: OpenConversation; readonly customerName: string | null; readonly onTransfer: () => void; readonly onWrapUp: () => void; readonly onClose: () => void }) {
  const { routing, ended, customerOnline } = conversation;
  return (
    <header className="conversation-header">
      <div>
        <h2 className="conversation-header__title">{customerName ?? 'Customer'}</h2>
        <p className="muted">
          {routing.channel} · queue {routing.queueId} · waiting since {formatClock(routing.waitingSince)}
          {routing.vip && <span className="chip chip--vip">VIP</span>}
          {customerOnline === false && <span className="chip chip--warn">Customer left</span>}
        </p>
      </div>
      <div className="button-row">
        {ended ? (
          <>
            <span className="status-pill" role="status">
              {ENDED[ended]}
            </span>
            <button type="button" className="button" onClick={onClose}>
              Close tab
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={onTransfer}>
              Transfer
            </button>
            <button type="button" className="button button--primary" onClick={onWrapUp}>
              Wrap up
            </button>
          </>
        )}
      </div>
    </header>
  );
}
