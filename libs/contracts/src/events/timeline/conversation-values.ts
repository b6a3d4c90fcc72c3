import type { MediaKind } from '../channels/message-events';
import type { SealedField } from './sealed-field';

/** How a conversation's messages are grouped (see the threading rules in timeline-domain). */
export const ThreadKinds = ['call', 'email', 'messaging', 'chat'] as const;
export type ThreadKind = (typeof ThreadKinds)[number];

/** Who wrote or did something in a conversation. */
export interface ConversationAuthor {
  readonly kind: 'customer' | 'agent' | 'bot' | 'system';
  /** The agent's user id or the bot's name; null for the customer and the system. */
  readonly id: string | null;
}

/** An attachment or media item: what it is, never its content. */
export interface MessageMedia<P = SealedField> {
  readonly kind: MediaKind | 'attachment';
  readonly contentType: string | null;
  readonly size: number | null;
  /** Where the provider serves it (personal: it opens the customer's file). */
  readonly url: P | null;
  readonly providerMediaId: string | null;
  readonly filename: P | null;
  readonly caption: P | null;
}

/**
 * Why a conversation closed: `agent` after wrap-up, `abandoned` when the customer left while
 * waiting for an agent, `self-service` when a knowledge-base answer resolved it.
 */
export type ConversationCloseReason = 'resolved' | 'call-ended' | 'inactive' | 'agent' | 'abandoned' | 'self-service';
