import type { SenderIdentity } from '@switchboard/contracts';
import type { OutboundReply } from '@switchboard/channels-core';
import type { EmailReplyThread } from '@switchboard/channels-email';

/**
 * The outbound events this library consumes and records. Defined here until they move to
 * `@switchboard/contracts` (events/outbound), where producers (the agent's reply command) can
 * import them without depending on ingestion.
 */
export const OutboundEventTypes = {
  /** On `Topics.outboundMessages`: an agent's reply to send through the customer's channel. */
  replyRequested: 'message.reply-requested.v1',
  /** On `Topics.channelEvents`: the provider took the reply. */
  sent: 'message.sent.v1',
  /** On `Topics.channelEvents`: the reply could not be sent. */
  deliveryFailed: 'message.delivery-failed.v1',
} as const;

/** `message.reply-requested.v1` */
export interface ReplyRequestedPayload {
  /** The tenant's channel the customer wrote through (the envelope's tenant must own it). */
  readonly channelId: string;
  readonly conversationId: string;
  /** The conversation's thread key (bus key of its channel events); sent / failed events keep it. */
  readonly threadKey?: string;
  readonly reply: OutboundReply;
  /** Email channels only: the customer's last message, for `In-Reply-To`, `References` and `Re:`. */
  readonly emailThread?: EmailReplyThread;
}

interface DeliveryPayloadBase {
  readonly channelId: string;
  readonly conversationId: string;
  /** The reply's thread key, or its conversation id when the request had none. */
  readonly threadKey: string;
  readonly to: SenderIdentity;
  /** Provider calls made, retries included. */
  readonly attempts: number;
}

/** `message.sent.v1`: the provider accepted the reply (delivery is reported later as `message.status-updated.v1`). */
export interface MessageSentPayload extends DeliveryPayloadBase {
  /** The provider's ids of what was sent (Twilio SM…, wamid…, `chat:message` for Telegram, the email Message-ID). */
  readonly providerMessageIds: readonly string[];
}

/** `message.delivery-failed.v1` */
export interface MessageDeliveryFailedPayload extends DeliveryPayloadBase {
  readonly code: string;
  readonly reason: string;
  /** True when the same reply may go through later (provider busy, channel being fixed). */
  readonly retriable: boolean;
  readonly providerStatus?: number;
  /** Parts of a multi-part reply (text, then each media) that did go out before the failure. */
  readonly providerMessageIds: readonly string[];
}
