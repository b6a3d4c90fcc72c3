import type { ConversationEvent } from '@switchboard/contracts';
import type { Decider } from '../decider';
import type { ConversationCommand } from './conversation.commands';
import { decideConversation } from './conversation.decide';
import { evolveConversation } from './conversation.evolve';
import { initialConversationState, type ConversationState } from './conversation.state';

/** The conversation aggregate as one value. Decides with plain text; folds events however they hold it. */
export const conversationDecider = {
  decide: decideConversation,
  evolve: evolveConversation,
  initialState: initialConversationState,
} satisfies Decider<ConversationCommand, ConversationState, ConversationEvent<string>>;

export function foldConversation<P>(events: readonly ConversationEvent<P>[]): ConversationState {
  return events.reduce<ConversationState>((state, event) => evolveConversation(state, event), initialConversationState());
}
