import type { QueueFiguresView } from '@switchboard/contracts/realtime';
import { formatDuration } from '../../shared/format/time';

/** One queue at a glance: what waits, how long, and today's service level against its target. */
export function QueueTile({ queue }: { readonly queue: QueueFiguresView }) {
  const sl = queue.serviceLevelPercent;
  const target = queue.serviceLevelTarget;
  const health = sl === null ? 'unknown' : sl >= target.percent ? 'good' : 'bad';
  return (
    <article className={`tile tile--${health}`} aria-labelledby={`queue-${queue.queueId}-name`} data-testid={`queue-tile-${queue.queueId}`}>
      <h2 id={`queue-${queue.queueId}-name`} className="tile__name">
        {queue.name}
      </h2>
      <dl className="tile__figures">
        <div className="tile__figure tile__figure--main">
          <dt>Waiting</dt>
          <dd data-figure="waiting">{queue.waiting + queue.offered}</dd>
        </div>
        <div className="tile__figure">
          <dt>Longest wait</dt>
          <dd data-figure="longest-wait">{formatDuration(queue.longestWaitSeconds)}</dd>
        </div>
        <div className="tile__figure">
          <dt>Service level</dt>
          <dd data-figure="service-level">
            {sl === null ? '—' : `${sl}%`}
            <span className="tile__target">
              target {target.percent}% in {target.withinSeconds} s
            </span>
          </dd>
        </div>
        <div className="tile__figure">
          <dt>Answered</dt>
          <dd data-figure="answered">{queue.answeredToday}</dd>
        </div>
        <div className="tile__figure">
          <dt>Abandoned</dt>
          <dd data-figure="abandoned">{queue.abandonedToday}</dd>
        </div>
        <div className="tile__figure">
          <dt>Self-service</dt>
          <dd data-figure="self-service">{queue.selfServiceResolvedToday}</dd>
        </div>
        <div className="tile__figure">
          <dt>Callbacks</dt>
          <dd data-figure="callbacks" title={`${queue.callbacksRequestedToday} requested today, ${queue.callbacksAnsweredToday} made`}>
            {queue.callbacksWaiting} waiting
          </dd>
        </div>
        <div className="tile__figure">
          <dt>Agents available</dt>
          <dd data-figure="available">{queue.agentsByPresence.available}</dd>
        </div>
      </dl>
    </article>
  );
}
