import type { FiguresPush } from '@switchboard/contracts/realtime';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth, useSession } from '../../shared/auth/auth-context';
import { useAsync } from '../../shared/hooks/use-async';
import { EmptyState } from '../../shared/components/empty-state';
import { LoadingState } from '../../shared/components/loading-state';
import { formatClock } from '../../shared/format/time';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { AgentsGrid } from './agents-grid';
import { DayChart } from './day-chart';
import { loadHistory, recordFigures, saveHistory, type DayHistory } from './day-history';
import { QueueTile } from './queue-tile';
import { ReassignForm } from './reassign-form';
import { useSupervisorRealtime } from './use-supervisor-realtime';
import { withUserNames } from './with-user-names';

/**
 * The supervisor's wallboard, live: a tile per queue, the agents, and the day so far. `?wall=1`
 * (or the button) is the wall-display mode: large type, no navigation, Escape leaves it.
 */
export function WallboardPage() {
  useDocumentTitle('Wallboard');
  const { user } = useSession();
  const { api } = useAuth();
  // Routing knows agents by user id; their names come from the users list (refreshed on reload).
  const users = useAsync(() => api.identity.listUsers(), [api]);
  const [params, setParams] = useSearchParams();
  const wall = params.get('wall') === '1';
  const [history, setHistory] = useState<DayHistory | null>(() => loadHistory(user.tenantId));
  const [reassigning, setReassigning] = useState('');

  const onFigures = useCallback(
    (figures: FiguresPush) =>
      setHistory((current) => {
        const next = recordFigures(current, figures);
        saveHistory(user.tenantId, next);
        return next;
      }),
    [user.tenantId],
  );
  const { figures, connection, problem, actions } = useSupervisorRealtime(onFigures);

  const setWall = useCallback((on: boolean) => setParams(on ? { wall: '1' } : {}, { replace: true }), [setParams]);
  useEffect(() => {
    // On the root element, so that every rem on the page grows with it.
    document.documentElement.classList.toggle('wall-mode', wall);
    if (!wall) return undefined;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setWall(false);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.documentElement.classList.remove('wall-mode');
    };
  }, [wall, setWall]);

  const target = figures?.queues[0]?.serviceLevelTarget.percent ?? null;
  const agents = withUserNames(figures?.agents ?? [], users.status === 'ready' ? users.data : []);

  return (
    <main className={`page wallboard${wall ? ' wallboard--wall' : ''}`} id="main">
      <header className="wallboard__header">
        <h1>Wallboard</h1>
        <span className="muted" aria-live="off">
          {connection === 'online' && figures ? `Live · updated ${formatClock(figures.at)}` : connection === 'reconnecting' ? 'Reconnecting…' : connection === 'refused' ? `Refused: ${problem ?? ''}` : 'Connecting…'}
        </span>
        <button type="button" className="button" onClick={() => setWall(!wall)} aria-pressed={wall}>
          {wall ? 'Leave wall display (Esc)' : 'Wall display mode'}
        </button>
      </header>
      {connection === 'refused' && (
        <p className="banner banner--error" role="alert">
          The server refused the wallboard connection: {problem}
        </p>
      )}
      {!figures ? (
        connection !== 'refused' && <LoadingState label="Waiting for the first figures…" />
      ) : (
        <>
          <section aria-label="Queues" className="tiles">
            {figures.queues.length === 0 ? <EmptyState title="No queues yet">An admin creates queues under Admin → Queues.</EmptyState> : figures.queues.map((queue) => <QueueTile key={queue.queueId} queue={queue} />)}
          </section>
          <div className="wallboard__lower">
            <section aria-labelledby="agents-title" className="wallboard__agents">
              <h2 id="agents-title">Agents</h2>
              <AgentsGrid agents={agents} actions={actions} onReassign={setReassigning} />
            </section>
            <section aria-labelledby="day-title" className="wallboard__day">
              <h2 id="day-title">Today</h2>
              <DayChart history={history} target={target} />
              {!wall && <ReassignForm key={reassigning} conversationId={reassigning} queues={figures.queues} agents={agents} actions={actions} />}
            </section>
          </div>
        </>
      )}
    </main>
  );
}
