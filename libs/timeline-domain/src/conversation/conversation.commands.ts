import type { CallOutcome, ConversationAuthor, ConversationCloseReason, ConversationMessageReceivedPayload, ThreadKind } from '@switchboard/contracts';
import type { Command } from '../decider';

/** What a conversation is opened with when the first thing that happens in it is this command. */
export interface ConversationOpening {
  readonly conversationId: string;
  readonly customerId: string;
  readonly channel: string;
  readonly channelId: string | null;
  readonly threadKind: ThreadKind;
  readonly subject: string | null;
}

export type InboundMessage = Omit<ConversationMessageReceivedPayload<string>, 'conversationId'>;

export interface CallDetails {
  readonly providerCallId: string;
  readonly direction: 'inbound' | 'outbound';
  readonly remoteNumber: string | null;
  readonly line: string;
}

export type CallProgressReport =
  | { readonly stage: 'ringing'; readonly queue: string | null }
  | { readonly stage: 'answered'; readonly agentId: string | null }
  | { readonly stage: 'ended'; readonly outcome: CallOutcome; readonly durationSeconds: number };

export type ReceiveMessage = Command<'ReceiveMessage', { readonly opening: ConversationOpening; readonly message: InboundMessage }>;
export type SendMessage = Command<'SendMessage', { readonly messageId: string; readonly author: ConversationAuthor; readonly text: string }>;
export type RecordCallProgress = Command<
  'RecordCallProgress',
  { readonly opening: ConversationOpening; readonly call: CallDetails; readonly progress: CallProgressReport }
>;
export type AttachRecording = Command<
  'AttachRecording',
  { readonly providerCallId: string; readonly providerRecordingId: string; readonly recordingUrl: string; readonly durationSeconds: number }
>;
export type QueueConversation = Command<'QueueConversation', { readonly queue: string }>;
export type OfferConversation = Command<'OfferConversation', { readonly agentId: string }>;
export type AssignConversation = Command<'AssignConversation', { readonly agentId: string }>;
export type TransferConversation = Command<
  'TransferConversation',
  { readonly toAgentId: string | null; readonly toQueue: string | null; readonly byUserId: string }
>;
export type AddNote = Command<'AddNote', { readonly noteId: string; readonly authorId: string; readonly text: string }>;
export type TagConversation = Command<'TagConversation', { readonly add: readonly string[]; readonly remove: readonly string[]; readonly byUserId: string }>;
export type WrapUp = Command<'WrapUp', { readonly agentId: string; readonly disposition: string }>;
export type CloseConversation = Command<'CloseConversation', { readonly reason: ConversationCloseReason }>;
export type ReopenConversation = Command<'ReopenConversation', Record<string, never>>;
export type RecordCsat = Command<'RecordCsat', { readonly score: number; readonly comment: string | null }>;

export type ConversationCommand =
  | ReceiveMessage
  | SendMessage
  | RecordCallProgress
  | AttachRecording
  | QueueConversation
  | OfferConversation
  | AssignConversation
  | TransferConversation
  | AddNote
  | TagConversation
  | WrapUp
  | CloseConversation
  | ReopenConversation
  | RecordCsat;
