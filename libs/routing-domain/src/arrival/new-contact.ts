import type { RoutingChannel } from '@switchboard/contracts';
import { effectivePriority, type Contact } from '../model/contact';
import type { Queue } from '../model/queue';
import { isTextChannel } from '../model/channel-kind';

/** The agent who last served a customer, and when. */
export interface LastAgent {
  readonly agentId: string;
  /** Epoch ms. */
  readonly at: number;
}

export interface Arrival {
  readonly contactId: string;
  readonly channel: RoutingChannel;
  readonly sourceChannel: string;
  readonly channelId: string | null;
  readonly customerKey: string | null;
  readonly language: string | null;
  readonly priority: number;
  readonly vip: boolean;
  /** Ask for self-service first (text channels of a queue with self-service on); defaults to the queue's setting. */
  readonly selfService?: boolean;
}

/**
 * A contact as it joins its queue. Last-agent affinity: when the queue keeps returning customers
 * for their last agent, that agent is tried alone until `affinityUntil`.
 */
export function newContact(arrival: Arrival, queue: Queue, lastAgent: LastAgent | null, now: number): Contact {
  const selfService = (arrival.selfService ?? queue.selfService) && isTextChannel(arrival.channel);
  const affinity = lastAgent !== null && queue.affinitySeconds > 0;
  return {
    contactId: arrival.contactId,
    queueId: queue.id,
    channel: arrival.channel,
    sourceChannel: arrival.sourceChannel,
    channelId: arrival.channelId,
    customerKey: arrival.customerKey,
    language: arrival.language,
    priority: effectivePriority(queue.priority, arrival.priority, arrival.vip),
    vip: arrival.vip,
    waitingSince: now,
    status: selfService ? 'self-service' : 'waiting',
    offer: null,
    assignedAgentId: null,
    assignedAt: null,
    affinityAgentId: affinity ? lastAgent.agentId : null,
    affinityUntil: affinity ? now + queue.affinitySeconds * 1000 : null,
    pinnedAgentId: null,
    missedBy: [],
    overflowApplied: [],
    callback: null,
  };
}
