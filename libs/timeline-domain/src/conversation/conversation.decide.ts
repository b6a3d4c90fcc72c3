import { addNote, recordCsat, tagConversation, wrapUp } from './annotations.decide';
import { attachRecording, recordCallProgress } from './calls.decide';
import type { ConversationCommand } from './conversation.commands';
import type { Event } from './conversation.rules';
import type { ConversationState } from './conversation.state';
import { closeConversation, reopenConversation } from './lifecycle.decide';
import { receiveMessage, sendMessage } from './messages.decide';
import { assignConversation, offerConversation, queueConversation, transferConversation } from './routing.decide';

/** What the conversation records for `command`, or a typed refusal. An empty list: nothing new. */
export function decideConversation(command: ConversationCommand, state: ConversationState): Event[] {
  switch (command.type) {
    case 'ReceiveMessage':
      return receiveMessage(command, state);
    case 'SendMessage':
      return sendMessage(command, state);
    case 'RecordCallProgress':
      return recordCallProgress(command, state);
    case 'AttachRecording':
      return attachRecording(command, state);
    case 'QueueConversation':
      return queueConversation(command, state);
    case 'OfferConversation':
      return offerConversation(command, state);
    case 'AssignConversation':
      return assignConversation(command, state);
    case 'TransferConversation':
      return transferConversation(command, state);
    case 'AddNote':
      return addNote(command, state);
    case 'TagConversation':
      return tagConversation(command, state);
    case 'WrapUp':
      return wrapUp(command, state);
    case 'CloseConversation':
      return closeConversation(command, state);
    case 'ReopenConversation':
      return reopenConversation(command, state);
    case 'RecordCsat':
      return recordCsat(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}
