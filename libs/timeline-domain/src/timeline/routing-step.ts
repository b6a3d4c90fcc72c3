/** One step of a conversation's routing and handling history, shown with the conversation. */
export type RoutingStepType = 'queued' | 'offered' | 'assigned' | 'transferred' | 'wrapped-up' | 'closed' | 'reopened' | 'csat-recorded' | 'tagged';

export interface RoutingStep {
  /** The id of the event it came from. */
  readonly id: string;
  readonly conversationId: string;
  readonly occurredAt: string;
  readonly type: RoutingStepType;
  readonly agentId: string | null;
  readonly queue: string | null;
  /** The disposition, close reason, score or tags, as short text. */
  readonly detail: string | null;
}
