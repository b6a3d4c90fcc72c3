import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/api/api-error';
import { useAuth, useSession } from '../../../shared/auth/auth-context';
import { useAsync } from '../../../shared/hooks/use-async';

/** Sends the conversation to another queue, or to one colleague; it leaves this agent. */
export function TransferForm({ currentQueue, onTransfer, onCancel, idPrefix }: { readonly currentQueue: string; readonly onTransfer: (target: { queueId?: string; agentId?: string }) => Promise<unknown>; readonly onCancel: () => void; readonly idPrefix: string }) {
  const { api } = useAuth();
  const { user } = useSession();
  const queues = useAsync(() => api.queues.list(), [api]);
  const colleagues = useAsync(() => api.agents.directory(), [api]);
  const [queueId, setQueueId] = useState('');
  const [agentId, setAgentId] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!queueId && !agentId.trim()) {
      setError('Choose a queue or a colleague.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onTransfer({ ...(queueId ? { queueId } : {}), ...(agentId.trim() ? { agentId: agentId.trim() } : {}) });
    } catch (failure) {
      setError(describeError(failure));
      setPending(false);
    }
  };

  return (
    <form className="panel-form" onSubmit={submit} aria-labelledby={`${idPrefix}-transfer-title`} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <h3 id={`${idPrefix}-transfer-title`}>Transfer</h3>
      <label className="field">
        <span>Queue</span>
        <select value={queueId} onChange={(event) => setQueueId(event.target.value)} disabled={queues.status !== 'ready'} autoFocus>
          <option value="">{queues.status === 'loading' ? 'Loading queues…' : queues.status === 'error' ? 'Queues could not be loaded' : 'Choose a queue'}</option>
          {queues.status === 'ready' &&
            queues.data.map((queue) => (
              <option key={queue.id} value={queue.id}>
                {queue.name}
                {queue.id === currentQueue ? ' (current)' : ''}
              </option>
            ))}
        </select>
      </label>
      <label className="field">
        <span>Or a colleague (optional)</span>
        <select value={agentId} onChange={(event) => setAgentId(event.target.value)} disabled={colleagues.status !== 'ready'}>
          <option value="">{colleagues.status === 'loading' ? 'Loading colleagues…' : colleagues.status === 'error' ? 'Colleagues could not be loaded' : 'No one in particular'}</option>
          {colleagues.status === 'ready' &&
            colleagues.data
              .filter((colleague) => colleague.agentId !== user.id)
              .map((colleague) => (
                <option key={colleague.agentId} value={colleague.agentId}>
                  {colleague.displayName} ({colleague.presence})
                </option>
              ))}
        </select>
      </label>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Transferring…' : 'Transfer'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
