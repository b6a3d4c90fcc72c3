import type { AgentFiguresView } from '@switchboard/contracts/realtime';
import { EmptyState } from '../../shared/components/empty-state';
import { AgentRow } from './agent-row';
import type { SupervisorActions } from './use-supervisor-realtime';

export function AgentsGrid({ agents, actions, onReassign }: { readonly agents: readonly AgentFiguresView[]; readonly actions: SupervisorActions; readonly onReassign: (conversationId: string) => void }) {
  if (agents.length === 0) return <EmptyState title="No agents signed in yet">Agents appear here once they set a presence.</EmptyState>;
  return (
    <div className="table-scroll">
      <table className="table agents-grid">
        <caption className="visually-hidden">Agents: state, time in state, load per channel</caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">State</th>
            <th scope="col">Time in state</th>
            <th scope="col">Load</th>
            <th scope="col">Offer</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <AgentRow key={agent.agentId} agent={agent} actions={actions} onReassign={onReassign} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
