import type { CallOutcome } from '../channels/call-events';
import type { ConversationAuthor, ConversationCloseReason, MessageMedia, ThreadKind } from './conversation-values';
import type { SealedField } from './sealed-field';

/** What every conversation event carries: the conversation and, for routing by customer, its customer. */
export interface ConversationEventBase {
  readonly conversationId: string;
}

/** `conversation.opened.v1` */
export interface ConversationOpenedPayload<P = SealedField> extends ConversationEventBase {
  readonly customerId: string;
  readonly channel: string;
  readonly channelId: string | null;
  readonly threadKind: ThreadKind;
  /** An email's subject; personal (subjects name people, orders, illnesses). */
  readonly subject: P | null;
}

/** `conversation.message-received.v1`: the customer wrote. */
export interface ConversationMessageReceivedPayload<P = SealedField> extends ConversationEventBase {
  /** The channel event it came from: redeliveries of it are recognised by this id. */
  readonly messageId: string;
  readonly providerMessageId: string | null;
  readonly text: P | null;
  readonly subject: P | null;
  /** The name the provider showed for the sender (display only). */
  readonly fromName: P | null;
  /** An email's Message-ID, kept so that a reply can thread (it can name the sender). */
  readonly emailMessageId: P | null;
  readonly media: readonly MessageMedia<P>[];
  readonly replyToProviderMessageId: string | null;
  /** A reaction to one of our messages: the emoji, or null when removed. */
  readonly reaction: { readonly emoji: string | null; readonly targetProviderMessageId: string } | null;
  /** A shared location as text ("lat,long name address"). */
  readonly location: P | null;
}

/** `conversation.message-sent.v1`: an agent or bot answered. */
export interface ConversationMessageSentPayload<P = SealedField> extends ConversationEventBase {
  readonly messageId: string;
  readonly author: ConversationAuthor;
  readonly text: P;
}

/** `conversation.call-ringing.v1` */
export interface ConversationCallRingingPayload<P = SealedField> extends ConversationEventBase {
  readonly providerCallId: string;
  readonly direction: 'inbound' | 'outbound';
  /** The customer's number (caller for inbound calls), null when withheld. */
  readonly remoteNumber: P | null;
  /** Our number. */
  readonly line: string;
}

/** `conversation.call-answered.v1` */
export interface ConversationCallAnsweredPayload extends ConversationEventBase {
  readonly providerCallId: string;
  readonly agentId: string | null;
}

/** `conversation.call-ended.v1` */
export interface ConversationCallEndedPayload extends ConversationEventBase {
  readonly providerCallId: string;
  readonly outcome: CallOutcome;
  readonly durationSeconds: number;
}

/** `conversation.call-recorded.v1`: the provider finished a recording of the call. */
export interface ConversationCallRecordedPayload<P = SealedField> extends ConversationEventBase {
  readonly providerCallId: string;
  readonly providerRecordingId: string;
  readonly recordingUrl: P;
  readonly durationSeconds: number;
}

/** `conversation.queued.v1` */
export interface ConversationQueuedPayload extends ConversationEventBase {
  readonly queue: string;
}

/** `conversation.offered.v1` */
export interface ConversationOfferedPayload extends ConversationEventBase {
  readonly agentId: string;
}

/** `conversation.assigned.v1` */
export interface ConversationAssignedPayload extends ConversationEventBase {
  readonly agentId: string;
}

/** `conversation.transferred.v1`: to another agent, another queue, or both. */
export interface ConversationTransferredPayload extends ConversationEventBase {
  readonly fromAgentId: string | null;
  readonly toAgentId: string | null;
  readonly toQueue: string | null;
  readonly byUserId: string;
}

/** `conversation.note-added.v1`: an internal note, never shown to the customer. */
export interface ConversationNoteAddedPayload<P = SealedField> extends ConversationEventBase {
  readonly noteId: string;
  readonly authorId: string;
  readonly text: P;
}

/** `conversation.tagged.v1` */
export interface ConversationTaggedPayload extends ConversationEventBase {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly byUserId: string;
}

/** `conversation.wrapped-up.v1` */
export interface ConversationWrappedUpPayload extends ConversationEventBase {
  readonly agentId: string;
  readonly disposition: string;
}

/** `conversation.closed.v1` */
export interface ConversationClosedPayload extends ConversationEventBase {
  readonly reason: ConversationCloseReason;
}

/** `conversation.reopened.v1`: a closed conversation got a new message (or an agent reopened it). */
export interface ConversationReopenedPayload extends ConversationEventBase {
  readonly reason: 'customer-wrote' | 'agent';
}

/** `conversation.csat-recorded.v1` */
export interface ConversationCsatRecordedPayload<P = SealedField> extends ConversationEventBase {
  /** 1 (very unhappy) to 5 (very happy). */
  readonly score: number;
  readonly comment: P | null;
}
