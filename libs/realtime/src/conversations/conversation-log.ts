import type { ConversationMessage, SenderIdentity } from '@switchboard/contracts';

/** How to answer a conversation through its channel: what the customer's last inbound event said. */
export interface ReplyAddress {
  /** The channel kind (`chat`, `sms`, `whatsapp`, `email`, ...). `chat` replies go to the widget. */
  readonly channel: string;
  /** The tenant's channel connection (`widget` for the web chat). */
  readonly channelId: string;
  readonly to: SenderIdentity;
  /** Our address the customer wrote to; replies leave from it. */
  readonly channelAddress: string | null;
  readonly threadKey: string;
  /** The customer's last message, for a quoted reply where the provider shows one. */
  readonly lastProviderMessageId: string | null;
  /** Email only: what `In-Reply-To`, `References` and `Re:` are built from. */
  readonly emailThread: { readonly lastMessageId: string; readonly references: readonly string[]; readonly subject: string } | null;
}

/**
 * The port for what realtime remembers about conversations: their latest messages (so a console or
 * widget that (re)opens one sees what it missed) and their reply address. Adapters: memory (embedded
 * mode) and Redis (shared by every realtime instance); one contract suite.
 */
export interface ConversationLog {
  /** Appends the message unless one with its id is already there; false when it was (a redelivery). */
  append(tenantId: string, conversationId: string, message: ConversationMessage): Promise<boolean>;
  /** The latest messages, oldest first, at most the configured transcript length. */
  recent(tenantId: string, conversationId: string): Promise<ConversationMessage[]>;
  setReplyAddress(tenantId: string, conversationId: string, address: ReplyAddress): Promise<void>;
  replyAddress(tenantId: string, conversationId: string): Promise<ReplyAddress | null>;
}

export const CONVERSATION_LOG = 'switchboard:realtime:ConversationLog';
