import { asRoutingEvent, RoutingEventTypes, type RoutingEvent } from '@switchboard/contracts';
import type { EventStore } from '@switchboard/infra-event-store';
import { routingStream } from '../recording/routing-stream';

/** One recorded routing step of a conversation, with a sentence an admin can read. */
export interface ExplanationStep {
  readonly at: string;
  readonly type: RoutingEvent['type'];
  readonly summary: string;
  readonly details: RoutingEvent['payload'];
}

export interface RoutingExplanation {
  readonly conversationId: string;
  readonly steps: readonly ExplanationStep[];
}

function summarise(event: RoutingEvent): string {
  switch (event.type) {
    case RoutingEventTypes.contactQueued:
      return `joined queue ${event.payload.queueId} (${event.payload.channel}, priority ${event.payload.priority}${event.payload.vip ? ', VIP' : ''}${event.payload.mode === 'self-service' ? ', self-service first' : ''})`;
    case RoutingEventTypes.agentRequested:
      return `asked for a person; waiting in ${event.payload.queueId}`;
    case RoutingEventTypes.offerMade:
      return `offered to ${event.payload.agentId} for ${event.payload.timeoutSeconds} s${event.payload.callback ? ' to call the customer back' : ''}: ${event.payload.decision.because} (${event.payload.decision.candidatesConsidered} free agents considered)`;
    case RoutingEventTypes.offerAccepted:
      return `${event.payload.agentId} accepted`;
    case RoutingEventTypes.offerDeclined:
      return `${event.payload.agentId} declined (${event.payload.missesInARow} in a row${event.payload.agentSetAway ? ', now away' : ''}); back in its place`;
    case RoutingEventTypes.offerExpired:
      return `${event.payload.agentId} did not answer in time (${event.payload.missesInARow} in a row${event.payload.agentSetAway ? ', now away' : ''}); back in its place`;
    case RoutingEventTypes.offerWithdrawn:
      return `offer to ${event.payload.agentId} withdrawn: ${event.payload.reason}`;
    case RoutingEventTypes.contactAssigned:
      return `assigned to ${event.payload.agentId} after ${event.payload.waitedSeconds} s${event.payload.withinServiceLevel ? ' (within service level)' : ''}`;
    case RoutingEventTypes.contactAbandoned:
      return `abandoned after ${event.payload.waitedSeconds} s: ${event.payload.reason}`;
    case RoutingEventTypes.contactTransferred:
      return `${event.payload.kind === 'transfer' ? 'transferred' : 'reassigned'} by ${event.payload.byUserId} to ${event.payload.toAgentId ?? `queue ${event.payload.toQueueId}`}`;
    case RoutingEventTypes.contactWrappedUp:
      return `wrapped up by ${event.payload.agentId}${event.payload.disposition ? ` (${event.payload.disposition})` : ''}`;
    case RoutingEventTypes.overflowApplied:
      return `waited ${event.payload.waitedSeconds} s: overflow step ${event.payload.action}${event.payload.minLevel !== null ? ` (skill level ${event.payload.minLevel} now enough)` : ''}${event.payload.extraQueueId ? ` (agents of ${event.payload.extraQueueId} may help)` : ''}`;
    case RoutingEventTypes.callbackRequested: {
      const why = event.payload.reason === 'overflow' ? `overflow step offer-callback after ${event.payload.afterSeconds ?? 0} s` : 'the caller asked';
      return `waited ${event.payload.waitedSeconds} s: now a callback request (${why}); keeps its place, the caller may hang up`;
    }
    case RoutingEventTypes.selfServiceResolved:
      return `resolved by self-service${event.payload.articleId ? ` (article ${event.payload.articleId})` : ''}`;
    case RoutingEventTypes.agentPresenceChanged:
      return `${event.payload.agentId} is now ${event.payload.presence} (${event.payload.cause})`;
    default: {
      const _exhaustive: never = event;
      return String(_exhaustive);
    }
  }
}

/** Explains a conversation's routing from its routing stream in the event store. */
export class RoutingExplainer {
  constructor(private readonly store: EventStore) {}

  async explain(tenantId: string, conversationId: string): Promise<RoutingExplanation> {
    const recorded = await this.store.readStream(routingStream(tenantId, conversationId));
    const steps = recorded.flatMap(({ event }) => {
      const routing = asRoutingEvent(event);
      return routing && routing.tenantId === tenantId ? [{ at: routing.recordedAt, type: routing.type, summary: summarise(routing), details: routing.payload }] : [];
    });
    return { conversationId, steps };
  }
}
