/** Who wrote a message, as agents and customers see it. */
export interface MessageAuthor {
  /** `bot`: a knowledge-base answer sent by self-service on a messaging channel. */
  readonly kind: 'customer' | 'agent' | 'bot';
  /** The agent's user id; null for the customer and the bot. */
  readonly id: string | null;
}

/** One message of a conversation, in either direction, as pushed to agents and to the widget. */
export interface ConversationMessage {
  readonly messageId: string;
  readonly conversationId: string;
  readonly author: MessageAuthor;
  readonly text: string;
  /** ISO-8601. */
  readonly sentAt: string;
  /** The id the sender's client gave it, echoed so that it can match its optimistic copy. */
  readonly clientMessageId: string | null;
}

/** Someone started or stopped typing in a conversation. */
export interface TypingSignal {
  readonly conversationId: string;
  readonly from: 'customer' | 'agent';
  readonly typing: boolean;
}
