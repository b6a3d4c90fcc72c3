import { InvalidCommand } from '../errors';
import type { ReceiveMessage, SendMessage } from './conversation.commands';
import { isBlank, open, openedEvent, type Event } from './conversation.rules';
import type { ConversationState } from './conversation.state';

/** The customer wrote: opens the conversation on the first message, reopens it when it was closed. */
export function receiveMessage({ data }: ReceiveMessage, state: ConversationState): Event[] {
  const received: Event = { type: 'conversation.message-received.v1', data: { conversationId: data.opening.conversationId, ...data.message } };
  if (state.status === 'none') return [openedEvent(data.opening), received];
  if (state.messageIds.includes(data.message.messageId)) return [];
  const withId: Event = { type: 'conversation.message-received.v1', data: { ...data.message, conversationId: state.id } };
  if (state.status === 'closed') return [{ type: 'conversation.reopened.v1', data: { conversationId: state.id, reason: 'customer-wrote' } }, withId];
  return [withId];
}

export function sendMessage({ data }: SendMessage, state: ConversationState): Event[] {
  if (state.status !== 'none' && state.messageIds.includes(data.messageId)) return [];
  const conversation = open(state);
  if (isBlank(data.text)) throw new InvalidCommand(['a message needs text']);
  if (data.author.kind === 'customer') throw new InvalidCommand(['messages from the customer are received, not sent']);
  return [{ type: 'conversation.message-sent.v1', data: { conversationId: conversation.id, ...data } }];
}
