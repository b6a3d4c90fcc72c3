import { InvalidCommand } from '../errors';
import type { AssignConversation, OfferConversation, QueueConversation, TransferConversation } from './conversation.commands';
import { isBlank, open, type Event } from './conversation.rules';
import type { ConversationState } from './conversation.state';

export function queueConversation({ data }: QueueConversation, state: ConversationState): Event[] {
  const conversation = open(state);
  if (isBlank(data.queue)) throw new InvalidCommand(['a queue needs a name']);
  if (conversation.queue === data.queue && conversation.assignedAgentId === null) return [];
  return [{ type: 'conversation.queued.v1', data: { conversationId: conversation.id, queue: data.queue } }];
}

export function offerConversation({ data }: OfferConversation, state: ConversationState): Event[] {
  const conversation = open(state);
  if (conversation.offeredTo === data.agentId) return [];
  return [{ type: 'conversation.offered.v1', data: { conversationId: conversation.id, agentId: data.agentId } }];
}

export function assignConversation({ data }: AssignConversation, state: ConversationState): Event[] {
  const conversation = open(state);
  if (conversation.assignedAgentId === data.agentId) return [];
  return [{ type: 'conversation.assigned.v1', data: { conversationId: conversation.id, agentId: data.agentId } }];
}

export function transferConversation({ data }: TransferConversation, state: ConversationState): Event[] {
  const conversation = open(state);
  if (data.toAgentId === null && data.toQueue === null) throw new InvalidCommand(['a transfer needs an agent or a queue']);
  // Already where the transfer sends it (a redelivered transfer): nothing new.
  if (conversation.assignedAgentId === data.toAgentId && conversation.queue === (data.toQueue ?? conversation.queue) && conversation.offeredTo === null) return [];
  return [
    {
      type: 'conversation.transferred.v1',
      data: { conversationId: conversation.id, fromAgentId: conversation.assignedAgentId, ...data },
    },
  ];
}
