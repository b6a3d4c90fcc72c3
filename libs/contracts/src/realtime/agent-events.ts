import type { Presence, RoutingChannel } from '../events/routing/routing-values';
import type { AckCallback, RealtimeError } from './realtime-ack';
import type { ConversationMessage, TypingSignal } from './conversation-message';
import type { AgentPresenceView, ConversationRoutingView } from './routing-views';

/** A contact offered to the agent, to accept or decline before `expiresAt`. */
export interface OfferPush {
  readonly offerId: string;
  readonly conversationId: string;
  readonly queueId: string;
  readonly channel: RoutingChannel;
  /** ISO-8601; null when re-sent after a reconnect (only the deadline is kept). */
  readonly offeredAt: string | null;
  /** ISO-8601: the countdown's end. */
  readonly expiresAt: string;
  /** True when the contact is a callback for the agent to make (the caller asked, or waited too long). */
  readonly callback?: boolean;
}

export type OfferEndReason = 'accepted' | 'declined' | 'expired' | 'withdrawn';

export interface OfferEndedPush {
  readonly offerId: string;
  readonly conversationId: string;
  readonly reason: OfferEndReason;
}

/** Sent once per connection (and after a recovered one): where the agent stands. */
export interface AgentSessionPush {
  readonly agentId: string;
  readonly tenantId: string;
  /** Null before the agent's first presence. */
  readonly agent: AgentPresenceView | null;
  /** The offer waiting for an answer, if any. */
  readonly offer: OfferPush | null;
  /** True when socket.io restored the previous connection (rooms kept, missed events replayed). */
  readonly recovered: boolean;
}

export interface PresencePush {
  readonly agentId: string;
  readonly presence: Presence;
  readonly previous: Presence;
  /** `agent`, `supervisor`, `missed-offers`, `wrap-up`, `wrap-up-ended`. */
  readonly cause: string;
  /** For `wrap-up`: when the agent becomes available again. */
  readonly until: string | null;
}

export interface ConversationAssignedPush {
  readonly conversationId: string;
  readonly queueId: string;
  readonly channel: RoutingChannel;
}

export type ConversationEndReason = 'wrapped-up' | 'transferred' | 'reassigned';

export interface ConversationEndedPush {
  readonly conversationId: string;
  readonly reason: ConversationEndReason;
}

/** The customer of a chat conversation left (or came back within the resume window). */
export interface CustomerPresencePush {
  readonly conversationId: string;
  readonly online: boolean;
}

/** An internal note on a conversation, never shown to the customer. */
export interface NotePush {
  readonly noteId: string;
  readonly conversationId: string;
  readonly authorId: string;
  readonly text: string;
  readonly addedAt: string;
}

/** A conversation opened in the console: its routing state and its latest messages (oldest first). */
export interface OpenedConversation {
  readonly conversation: ConversationRoutingView;
  readonly messages: readonly ConversationMessage[];
}

export interface ConversationRef {
  readonly conversationId: string;
}

export interface OfferAnswer {
  readonly conversationId: string;
  readonly offerId: string;
}

export interface SendMessageRequest {
  readonly conversationId: string;
  /** 1 to 4,000 characters. */
  readonly text: string;
  readonly clientMessageId?: string;
}

export interface TypingRequest {
  readonly conversationId: string;
  readonly typing: boolean;
}

export interface AddNoteRequest {
  readonly conversationId: string;
  /** 1 to 4,000 characters. */
  readonly text: string;
}

/** To a queue, to a named agent, or to a named agent within a queue: at least one of the two. */
export interface TransferRequest {
  readonly conversationId: string;
  readonly queueId?: string;
  readonly agentId?: string;
}

export interface WrapUpRequest {
  readonly conversationId: string;
  /** E.g. `resolved`, `callback-promised`; up to 64 characters. */
  readonly disposition?: string;
}

/** What the server pushes on `/agent`. */
export interface AgentServerToClientEvents {
  session: (session: AgentSessionPush) => void;
  presence: (presence: PresencePush) => void;
  offer: (offer: OfferPush) => void;
  'offer:ended': (ended: OfferEndedPush) => void;
  'conversation:assigned': (assigned: ConversationAssignedPush) => void;
  'conversation:message': (message: ConversationMessage) => void;
  'conversation:typing': (typing: TypingSignal) => void;
  'conversation:note': (note: NotePush) => void;
  'conversation:customer': (presence: CustomerPresencePush) => void;
  'conversation:ended': (ended: ConversationEndedPush) => void;
  error: (error: RealtimeError) => void;
}

/** What an agent's console sends on `/agent`; every request but `typing` takes an ack. */
export interface AgentClientToServerEvents {
  'presence:get': (ack: AckCallback<AgentPresenceView | null>) => void;
  'presence:set': (request: { readonly presence: Presence }, ack: AckCallback<AgentPresenceView>) => void;
  'offer:accept': (request: OfferAnswer, ack: AckCallback<OpenedConversation>) => void;
  'offer:decline': (request: OfferAnswer, ack: AckCallback<null>) => void;
  /** Joins an assigned conversation's room again (after a reconnect beyond recovery) and returns its state. */
  'conversation:open': (request: ConversationRef, ack: AckCallback<OpenedConversation>) => void;
  'message:send': (request: SendMessageRequest, ack: AckCallback<ConversationMessage>) => void;
  typing: (request: TypingRequest) => void;
  'note:add': (request: AddNoteRequest, ack: AckCallback<NotePush>) => void;
  'conversation:transfer': (request: TransferRequest, ack: AckCallback<ConversationRoutingView>) => void;
  'conversation:wrap-up': (request: WrapUpRequest, ack: AckCallback<null>) => void;
}
