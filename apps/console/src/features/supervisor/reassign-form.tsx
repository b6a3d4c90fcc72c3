import type { AgentFiguresView, QueueFiguresView } from '@switchboard/contracts/realtime';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../shared/api/api-error';
import type { SupervisorActions } from './use-supervisor-realtime';

/**
 * Moves a waiting or offered contact to another queue or a named agent; it keeps its place in time.
 * Mounted afresh (keyed by the contact) when a row's "Reassign offered contact" fills it in, and
 * then takes the focus, so a keyboard user lands where the choice is made.
 */
export function ReassignForm({ conversationId, queues, agents, actions }: { readonly conversationId: string; readonly queues: readonly QueueFiguresView[]; readonly agents: readonly AgentFiguresView[]; readonly actions: SupervisorActions }) {
  const [contact, setContact] = useState(conversationId);
  const [queueId, setQueueId] = useState('');
  const [agentId, setAgentId] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!contact.trim() || (!queueId && !agentId)) {
      setOutcome({ ok: false, text: 'Give the conversation and a queue or an agent.' });
      return;
    }
    try {
      await actions.reassign({ conversationId: contact.trim(), ...(queueId ? { queueId } : {}), ...(agentId ? { agentId } : {}) });
      setOutcome({ ok: true, text: 'Reassigned.' });
    } catch (failure) {
      setOutcome({ ok: false, text: describeError(failure) });
    }
  };

  return (
    <form className="panel-form reassign" onSubmit={submit} aria-labelledby="reassign-title">
      <h2 id="reassign-title">Reassign a contact</h2>
      <label className="field">
        <span>Conversation id</span>
        <input value={contact} onChange={(event) => setContact(event.target.value)} required />
      </label>
      <label className="field">
        <span>To queue</span>
        <select value={queueId} onChange={(event) => setQueueId(event.target.value)} autoFocus={conversationId !== ''}>
          <option value="">(keep its queue)</option>
          {queues.map((queue) => (
            <option key={queue.queueId} value={queue.queueId}>
              {queue.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>To agent</span>
        <select value={agentId} onChange={(event) => setAgentId(event.target.value)}>
          <option value="">(any agent of the queue)</option>
          {agents.map((agent) => (
            <option key={agent.agentId} value={agent.agentId}>
              {agent.displayName}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--primary">
        Reassign
      </button>
      {outcome && (
        <p className={outcome.ok ? 'banner banner--info' : 'inline-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </form>
  );
}
