import { EmptyState } from '../../shared/components/empty-state';
import { BUCKET_MS, type DayHistory } from './day-history';

const W = 640;
const H = 200;
const PAD = { left: 36, right: 48, top: 12, bottom: 24 };

const hhmm = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * Volume (bars, left axis) and service level (line, right axis, against the dashed target) per
 * quarter hour. Plain SVG scaled by its viewBox, so it fits a laptop and a wall display alike; a
 * text summary carries the same figures for screen readers.
 */
export function DayChart({ history, target }: { readonly history: DayHistory | null; readonly target: number | null }) {
  const points = history?.points ?? [];
  if (points.length === 0) return <EmptyState title="No figures yet today">The chart fills in as contacts are handled.</EmptyState>;
  const first = points[0]?.at ?? 0;
  const last = points[points.length - 1]?.at ?? first;
  const buckets = Math.max(4, Math.round((last - first) / BUCKET_MS) + 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = plotW / buckets;
  const maxVolume = Math.max(1, ...points.map((point) => point.volume));
  const x = (at: number) => PAD.left + ((at - first) / BUCKET_MS) * barW;
  const yVolume = (volume: number) => PAD.top + plotH - (volume / maxVolume) * plotH;
  const ySl = (percent: number) => PAD.top + plotH - (percent / 100) * plotH;
  const line = points
    .filter((point) => point.serviceLevel !== null)
    .map((point) => `${x(point.at) + barW / 2},${ySl(point.serviceLevel ?? 0)}`)
    .join(' ');
  const volumeToday = points.reduce((sum, point) => sum + point.volume, 0);
  const latestSl = [...points].reverse().find((point) => point.serviceLevel !== null)?.serviceLevel ?? null;

  return (
    <figure className="day-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="day-chart-caption" preserveAspectRatio="xMidYMid meet">
        <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} className="day-chart__axis" />
        {points.map((point) => (
          <rect key={point.at} x={x(point.at) + 2} width={Math.max(1, barW - 4)} y={yVolume(point.volume)} height={PAD.top + plotH - yVolume(point.volume)} className="day-chart__bar">
            <title>{`${hhmm(point.at)}: ${point.volume} contacts`}</title>
          </rect>
        ))}
        {target !== null && <line x1={PAD.left} x2={W - PAD.right} y1={ySl(target)} y2={ySl(target)} className="day-chart__target" />}
        {line && <polyline points={line} className="day-chart__line" />}
        {points.map((point) =>
          point.serviceLevel === null ? null : <circle key={`sl-${point.at}`} cx={x(point.at) + barW / 2} cy={ySl(point.serviceLevel)} r={4} className="day-chart__dot" />,
        )}
        <text x={PAD.left - 6} y={PAD.top + 8} className="day-chart__label" textAnchor="end">
          {maxVolume}
        </text>
        <text x={W - PAD.right + 6} y={PAD.top + 8} className="day-chart__label">
          100%
        </text>
        <text x={W - PAD.right + 6} y={PAD.top + plotH} className="day-chart__label">
          0%
        </text>
        <text x={PAD.left} y={H - 6} className="day-chart__label">
          {hhmm(first)}
        </text>
        <text x={W - PAD.right} y={H - 6} className="day-chart__label" textAnchor="end">
          {hhmm(last + BUCKET_MS)}
        </text>
      </svg>
      <figcaption id="day-chart-caption">
        Today: {volumeToday} {volumeToday === 1 ? 'contact' : 'contacts'} handled; service level {latestSl === null ? 'not measured yet' : `${latestSl}%`}
        {target !== null && ` (target ${target}%)`}. Bars: contacts per quarter hour; line: service level.
        {(history?.baseline ?? 0) > 0 && ` The first bar also holds the ${history?.baseline} handled before this wallboard opened at ${hhmm(first)}.`}
      </figcaption>
    </figure>
  );
}
