import type { ConversationEvent } from '@switchboard/contracts';
import { ConversationClosed, ConversationNotFound } from '../errors';
import type { ConversationOpening } from './conversation.commands';
import type { ConversationState, OpenedConversation } from './conversation.state';

export type Event = ConversationEvent<string>;

/** The conversation, open or closed; refuses when there is none. */
export function existing(state: ConversationState): OpenedConversation {
  if (state.status === 'none') throw new ConversationNotFound(null);
  return state;
}

/** The conversation, only while open. */
export function open(state: ConversationState): OpenedConversation {
  const conversation = existing(state);
  if (conversation.status === 'closed') throw new ConversationClosed(conversation.id);
  return conversation;
}

export function openedEvent(opening: ConversationOpening): Event {
  return { type: 'conversation.opened.v1', data: opening };
}

export const isBlank = (text: string) => text.trim() === '';
