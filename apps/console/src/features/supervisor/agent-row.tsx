import type { AgentFiguresView } from '@switchboard/contracts/realtime';
import { useState } from 'react';
import { describeError } from '../../shared/api/api-error';
import { RoutingChannels, type Presence } from '../../shared/api/routing.types';
import { PresenceBadge, presenceLabel } from '../../shared/components/presence-badge';
import { formatDuration } from '../../shared/format/time';
import type { SupervisorActions } from './use-supervisor-realtime';

const SETTABLE: readonly Presence[] = ['available', 'away', 'busy', 'offline'];

/** One agent: state, time in it, load per channel, and the supervisor's actions on them. */
export function AgentRow({ agent, actions, onReassign }: { readonly agent: AgentFiguresView; readonly actions: SupervisorActions; readonly onReassign: (conversationId: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const setPresence = async (presence: Presence) => {
    setPending(true);
    setError(null);
    try {
      await actions.setAgentPresence(agent.agentId, presence);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <tr>
      <th scope="row">{agent.displayName}</th>
      <td>
        <PresenceBadge presence={agent.presence} />
      </td>
      <td>{formatDuration(agent.secondsInPresence)}</td>
      <td>
        <ul className="loads" aria-label={`Load of ${agent.displayName}`}>
          {RoutingChannels.filter((channel) => agent.capacity[channel] > 0).map((channel) => (
            <li key={channel} className={agent.load[channel] >= agent.capacity[channel] ? 'loads__full' : undefined}>
              {channel} {agent.load[channel]}/{agent.capacity[channel]}
            </li>
          ))}
        </ul>
      </td>
      <td>
        {agent.offerPendingFor ? (
          <button type="button" className="button button--small" onClick={() => onReassign(agent.offerPendingFor ?? '')}>
            Reassign offered contact
          </button>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <label>
          <span className="visually-hidden">Set presence of {agent.displayName}</span>
          <select value="" onChange={(event) => void setPresence(event.target.value as Presence)} disabled={pending}>
            <option value="">Set presence…</option>
            {SETTABLE.filter((presence) => presence !== agent.presence).map((presence) => (
              <option key={presence} value={presence}>
                {presenceLabel(presence)}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <span className="inline-error" role="alert">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}
