import type { RoutingStep } from '../../../shared/api/timeline.types';
import { formatClock } from '../../../shared/format/time';
import { useSession } from '../../../shared/auth/auth-context';

const STEP_WORDS: Readonly<Record<string, string>> = {
  queued: 'Queued',
  offered: 'Offered',
  assigned: 'Assigned',
  transferred: 'Transferred',
  'wrapped-up': 'Wrapped up',
  closed: 'Closed',
  reopened: 'Reopened',
  'csat-recorded': 'Satisfaction recorded',
  tagged: 'Tagged',
};

function stepText(step: RoutingStep, myId: string): string {
  const parts = [STEP_WORDS[step.type] ?? step.type];
  if (step.queue) parts.push(`queue ${step.queue}`);
  if (step.agentId) parts.push(step.agentId === myId ? 'you' : `agent ${step.agentId.slice(0, 8)}`);
  if (step.detail) parts.push(step.detail);
  return parts.join(' · ');
}

/** Where the conversation went before it reached this agent (queues, offers, transfers), as the timeline recorded it. */
export function RoutingHistory({ steps, idPrefix }: { readonly steps: readonly RoutingStep[] | null; readonly idPrefix: string }) {
  const { user } = useSession();
  if (steps === null) return null;
  return (
    <section className="side-section" aria-labelledby={`${idPrefix}-history-title`}>
      <details>
        <summary>
          <h3 id={`${idPrefix}-history-title`} className="summary-heading">
            Routing history ({steps.length})
          </h3>
        </summary>
        {steps.length === 0 ? (
          <p className="muted">Nothing recorded yet.</p>
        ) : (
          <ol className="routing-history">
            {steps.map((step) => (
              <li key={step.id}>
                <time className="muted" dateTime={step.occurredAt}>
                  {formatClock(step.occurredAt)}
                </time>{' '}
                {stepText(step, user.id)}
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
