import type { ReplyRequestedPayload } from '@switchboard/contracts';
import type { ReplyAddress } from './conversation-log';

/**
 * The `message.reply-requested.v1` payload for text written into a conversation, addressed as the
 * customer's last message said (the contract is `ReplyRequestedPayload` in `@switchboard/contracts`,
 * which ingestion consumes and validates).
 */
export function replyRequestedPayload(address: ReplyAddress, conversationId: string, author: ReplyRequestedPayload['author'], text: string): ReplyRequestedPayload {
  return {
    channelId: address.channelId,
    conversationId,
    threadKey: address.threadKey,
    author,
    reply: {
      to: address.to,
      ...(address.channelAddress ? { channelAddress: address.channelAddress } : {}),
      text,
      ...(address.lastProviderMessageId ? { replyToProviderMessageId: address.lastProviderMessageId } : {}),
    },
    ...(address.emailThread ? { emailThread: { ...address.emailThread, references: [...address.emailThread.references] } } : {}),
  };
}
