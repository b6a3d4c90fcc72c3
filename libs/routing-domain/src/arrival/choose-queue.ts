import type { RoutingChannel } from '@switchboard/contracts';
import { defaultQueue, type Queue } from '../model/queue';

function byPriorityThenId(a: Queue, b: Queue): number {
  return b.priority - a.priority || a.id.localeCompare(b.id);
}

/**
 * The queue a new contact joins: a queue listing its channel connection wins; otherwise one serving
 * its kind of channel; among several, the highest priority (then the lowest id, so every router
 * instance chooses alike). A tenant without a matching queue still routes, through `default`.
 */
export function chooseQueue(queues: readonly Queue[], channel: RoutingChannel, channelId: string | null): Queue {
  const byConnection = channelId === null ? [] : queues.filter((queue) => queue.channelIds.includes(channelId));
  const byKind = queues.filter((queue) => queue.channels.includes(channel));
  return [...byConnection].sort(byPriorityThenId)[0] ?? [...byKind].sort(byPriorityThenId)[0] ?? defaultQueue();
}
