import type { Presence } from '../events/routing/routing-values';
import type { AckCallback, RealtimeError } from './realtime-ack';
import type { AgentFiguresView, AgentPresenceView, ConversationRoutingView, QueueFiguresView } from './routing-views';

/** Pushed at least every second to every supervisor of the tenant, and once at connection. */
export interface FiguresPush {
  /** ISO-8601: when the figures were read. */
  readonly at: string;
  readonly queues: readonly QueueFiguresView[];
  readonly agents: readonly AgentFiguresView[];
}

export interface SetAgentPresenceRequest {
  readonly agentId: string;
  readonly presence: Presence;
}

/** A waiting (or offered) contact to another queue, a named agent, or a named agent within a queue. */
export interface ReassignRequest {
  readonly conversationId: string;
  readonly queueId?: string;
  readonly agentId?: string;
}

export interface SupervisorServerToClientEvents {
  figures: (figures: FiguresPush) => void;
  error: (error: RealtimeError) => void;
}

export interface SupervisorClientToServerEvents {
  'figures:get': (ack: AckCallback<FiguresPush>) => void;
  'agent:set-presence': (request: SetAgentPresenceRequest, ack: AckCallback<AgentPresenceView>) => void;
  'contact:reassign': (request: ReassignRequest, ack: AckCallback<ConversationRoutingView>) => void;
}
