import type { SenderIdentity } from '../channels/sender-identity';
import type { ReplyAuthor } from './reply-author';

/** What every outcome of a reply says: which conversation, to whom, what was said and by whom. */
export interface ReplyOutcomeBase {
  readonly channelId: string;
  readonly conversationId: string;
  /** The reply's thread key, or its conversation id when the request had none. */
  readonly threadKey: string;
  readonly to: SenderIdentity;
  /** The reply's id: its request's event id (the agent's message id), or the web chat message id. */
  readonly messageId: string;
  readonly author: ReplyAuthor;
  readonly text: string;
  /** Provider calls made, retries included (1 for the web chat). */
  readonly attempts: number;
}

/** `message.sent.v1`: the provider (or the web chat) took the reply; delivery is reported later as `message.status-updated.v1`. */
export interface MessageSentPayload extends ReplyOutcomeBase {
  /** The provider's ids of what was sent (Twilio SM…, wamid…, `chat:message` for Telegram, the email Message-ID, the widget message id). */
  readonly providerMessageIds: readonly string[];
}

/** `message.delivery-failed.v1`: the reply could not be sent. */
export interface MessageDeliveryFailedPayload extends ReplyOutcomeBase {
  readonly code: string;
  readonly reason: string;
  /** True when the same reply may go through later (provider busy, channel being fixed). */
  readonly retriable: boolean;
  readonly providerStatus?: number;
  /** Parts of a multi-part reply (text, then each media) that did go out before the failure. */
  readonly providerMessageIds: readonly string[];
}
