import type { CloseConversation, ReopenConversation } from './conversation.commands';
import { existing, type Event } from './conversation.rules';
import type { ConversationState } from './conversation.state';

export function closeConversation({ data }: CloseConversation, state: ConversationState): Event[] {
  const conversation = existing(state);
  if (conversation.status === 'closed') return [];
  return [{ type: 'conversation.closed.v1', data: { conversationId: conversation.id, reason: data.reason } }];
}

export function reopenConversation(_command: ReopenConversation, state: ConversationState): Event[] {
  const conversation = existing(state);
  if (conversation.status === 'open') return [];
  return [{ type: 'conversation.reopened.v1', data: { conversationId: conversation.id, reason: 'agent' } }];
}
