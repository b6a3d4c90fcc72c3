import { logLevel } from 'kafkajs';
import type { LogEntry, logCreator } from 'kafkajs';
import type { BusLogger } from '../bus-logger';
import { describeError } from '../delivery/dead-letter-headers';
import { createRepeatFilter } from './repeat-filter';

const REPEAT_WINDOW_MS = 10000;

/**
 * Routes kafkajs' own log lines (already limited to warn and error by the client's logLevel) to the
 * bus logger: `ignore` drops lines known to be noise, and a line of the same kind (namespace and
 * message, numbers aside) is logged at most once per 10 s, with the count of those dropped.
 */
export function kafkaLogCreator(logger: BusLogger, ignore: (entry: LogEntry) => boolean): logCreator {
  const repeats = createRepeatFilter(REPEAT_WINDOW_MS);
  return () => (entry) => {
    if (ignore(entry)) return;
    const { message, ...extra } = entry.log as LogEntry['log'] & Record<string, unknown>;
    const { admitted, suppressed } = repeats.admit(`${entry.level}|${entry.namespace}|${message.replace(/[\d.]+/g, '#')}`);
    if (!admitted) return;
    const fields: Record<string, unknown> = { ...extra, component: 'kafkajs', namespace: entry.namespace };
    // Our logger stamps its own time; kafkajs' `logger: 'kafkajs'` is said by `component`.
    delete fields['timestamp'];
    delete fields['logger'];
    if (extra['error'] !== undefined) fields['error'] = describeError(extra['error']);
    if (suppressed > 0) fields['repeatsSuppressed'] = suppressed;
    if (entry.level === logLevel.ERROR) logger.error(fields, message);
    else if (entry.level === logLevel.WARN) logger.warn(fields, message);
  };
}
