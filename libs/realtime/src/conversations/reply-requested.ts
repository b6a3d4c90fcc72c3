import type { SenderIdentity } from '@switchboard/contracts';

/**
 * `message.reply-requested.v1` on `Topics.outboundMessages`, as the ingestion library consumes it
 * (`libs/ingestion/src/sending-replies/outbound-events.ts`, validated by its `ReplyRequestedDto`).
 * Restated here because realtime may not import the channels context; it moves to
 * `@switchboard/contracts` (events/outbound) together with ingestion's copy.
 */
export const REPLY_REQUESTED = 'message.reply-requested.v1';

export interface ReplyRequestedPayload {
  readonly channelId: string;
  readonly conversationId: string;
  readonly threadKey?: string;
  readonly reply: {
    readonly to: SenderIdentity;
    readonly channelAddress?: string;
    readonly text: string;
    readonly replyToProviderMessageId?: string;
  };
  readonly emailThread?: { readonly lastMessageId: string; readonly references: string[]; readonly subject: string };
}
