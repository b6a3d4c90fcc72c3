import type { AckCallback, RealtimeError } from './realtime-ack';
import type { ConversationMessage } from './conversation-message';

/**
 * The widget's handshake `auth`. `tenantId` is the tenant's public widget key (the tenant id for
 * now); `resumeToken` is the one `chat:start` returned, to resume the same conversation after a
 * reconnect within the resume window (two minutes). Use a function (`auth: (cb) => cb({...})`) so
 * that reconnects send the latest token.
 */
export interface ChatHandshakeAuth {
  readonly tenantId: string;
  readonly resumeToken?: string;
}

/**
 * Where the customer's conversation stands: `new` (started, nothing written yet), `self-service`
 * (knowledge-base answers shown, no agent asked for), `waiting` (for an agent), `assigned` (an agent
 * is answering), `closed` (wrapped up, resolved by self-service, or left).
 */
export type ChatStatus = 'new' | 'self-service' | 'waiting' | 'assigned' | 'closed';

export interface ChatConversation {
  readonly conversationId: string;
  readonly status: ChatStatus;
  /** The latest messages, oldest first. */
  readonly messages: readonly ConversationMessage[];
}

/** Sent once per connection: the resumed conversation, or null for a fresh visitor. */
export interface ChatReadyPush {
  readonly conversation: ChatConversation | null;
  readonly resumed: boolean;
}

export interface ChatStarted {
  readonly conversationId: string;
  /** Keep it (e.g. in sessionStorage) and send it as `auth.resumeToken` when reconnecting. */
  readonly resumeToken: string;
  readonly status: ChatStatus;
}

export interface ChatStatusPush {
  readonly conversationId: string;
  readonly status: ChatStatus;
}

/** A knowledge-base article that may answer the customer, best first. */
export interface ChatSuggestion {
  readonly articleId: string;
  readonly title: string;
  readonly snippet: string;
}

export interface ChatSuggestionsPush {
  readonly conversationId: string;
  /** The customer message they answer. */
  readonly messageId: string;
  readonly suggestions: readonly ChatSuggestion[];
}

export interface StartChatRequest {
  /** Optional, up to 120 characters; shown to the agent. */
  readonly name?: string;
  /** Optional; shown to the agent. */
  readonly email?: string;
  /** BCP-47 primary language (`en`, `de`), for suggestions and routing. */
  readonly language?: string;
}

export interface ChatMessageRequest {
  /** 1 to 4,000 characters. */
  readonly text: string;
  readonly clientMessageId?: string;
  /** Optional; when given it must be the widget's own conversation. */
  readonly conversationId?: string;
}

export interface ChatMessageAccepted {
  readonly message: ConversationMessage;
  readonly status: ChatStatus;
}

/** How the customer rates a conversation that has ended: 1 (poor) to 5 (excellent), with an optional comment. */
export interface ChatRatingRequest {
  readonly score: number;
  /** Up to 1,000 characters. */
  readonly comment?: string;
}

export interface ChatRated {
  readonly conversationId: string;
  readonly score: number;
}

export interface ChatServerToClientEvents {
  'chat:ready': (ready: ChatReadyPush) => void;
  'chat:status': (status: ChatStatusPush) => void;
  'chat:message': (message: ConversationMessage) => void;
  'chat:typing': (typing: { readonly conversationId: string; readonly typing: boolean }) => void;
  'chat:suggestions': (suggestions: ChatSuggestionsPush) => void;
  error: (error: RealtimeError) => void;
}

export interface ChatClientToServerEvents {
  'chat:start': (request: StartChatRequest, ack: AckCallback<ChatStarted>) => void;
  'chat:message': (request: ChatMessageRequest, ack: AckCallback<ChatMessageAccepted>) => void;
  'chat:typing': (request: { readonly typing: boolean }) => void;
  /** "This helped": closes the conversation as resolved by self-service. */
  'chat:helped': (request: { readonly articleId?: string }, ack: AckCallback<ChatStatusPush>) => void;
  /** "I need a person". */
  'chat:request-agent': (ack: AckCallback<ChatStatusPush>) => void;
  /** Once the conversation has ended: the customer's satisfaction score (CSAT), once per conversation. */
  'chat:rate': (request: ChatRatingRequest, ack: AckCallback<ChatRated>) => void;
  /** The customer closes the widget for good (a conversation nobody accepted yet is abandoned). */
  'chat:leave': (ack: AckCallback<ChatStatusPush>) => void;
}
