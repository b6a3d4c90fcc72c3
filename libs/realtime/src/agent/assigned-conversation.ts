import type { AccessClaims } from '@switchboard/contracts';
import type { ContactView, RoutingService } from '@switchboard/routing';
import { RealtimeFailure } from '../shared/realtime-failure';

/**
 * The conversation, if routing has it assigned to this agent; otherwise `FORBIDDEN`, whether it
 * belongs to a colleague, another tenant or nobody (the answer does not tell which).
 */
export async function requireAssigned(routing: RoutingService, claims: AccessClaims, conversationId: string): Promise<ContactView> {
  const contact = await routing.contact(claims.tenantId, conversationId);
  if (!contact || contact.status !== 'assigned' || contact.assignedAgentId !== claims.sub) {
    throw new RealtimeFailure('FORBIDDEN', 'this conversation is not assigned to you');
  }
  return contact;
}

/** A transfer or reassignment names where to: a queue, an agent, or both. */
export function transferTarget(request: { readonly queueId?: string; readonly agentId?: string }): { queueId?: string; agentId?: string } {
  if (!request.queueId && !request.agentId) throw new RealtimeFailure('INVALID_PAYLOAD', 'queueId or agentId is required');
  return { ...(request.queueId ? { queueId: request.queueId } : {}), ...(request.agentId ? { agentId: request.agentId } : {}) };
}
