import type { ChannelEventPayloadBase, SenderIdentity } from './sender-identity';

export type MediaKind = 'image' | 'audio' | 'voice' | 'video' | 'document' | 'sticker';

/**
 * One piece of media attached to a message. Providers either hand out a URL (Twilio, Messenger,
 * Instagram) or an id to resolve through their API (WhatsApp Cloud API, Telegram file_id): one of
 * `url` / `providerMediaId` is always set. The content itself never travels on the bus.
 */
export interface MediaItem {
  readonly kind: MediaKind;
  readonly url: string | null;
  readonly providerMediaId: string | null;
  readonly contentType: string | null;
  readonly filename?: string;
  readonly size?: number;
  readonly caption?: string;
}

export interface MessageReaction {
  /** The emoji, or null when the customer removed their reaction. */
  readonly emoji: string | null;
  readonly targetProviderMessageId: string;
}

export interface MessageLocation {
  readonly latitude: number;
  readonly longitude: number;
  readonly name?: string;
  readonly address?: string;
}

/** `message.received.v1`: a customer wrote, sent media, reacted or shared a location. */
export interface MessageReceivedPayload extends ChannelEventPayloadBase {
  readonly providerMessageId: string;
  readonly from: SenderIdentity;
  /** The profile name the provider reported, if any. Display only: never an identity. */
  readonly fromName?: string;
  /**
   * Our address the customer wrote to (Twilio number, WhatsApp phone-number id, page id, Instagram
   * account id, bot): replies leave from here.
   */
  readonly channelAddress: string;
  readonly text: string | null;
  readonly media: readonly MediaItem[];
  readonly reaction?: MessageReaction;
  readonly replyToProviderMessageId?: string;
  readonly location?: MessageLocation;
}

/** `message.edited.v1`: the customer changed a message they had sent. */
export interface MessageEditedPayload extends ChannelEventPayloadBase {
  readonly providerMessageId: string;
  readonly from: SenderIdentity;
  readonly channelAddress: string;
  readonly text: string | null;
  readonly media: readonly MediaItem[];
}

export const DeliveryStatuses = ['sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof DeliveryStatuses)[number];

/** `message.status-updated.v1`: what happened to a message we sent. */
export interface MessageStatusUpdatedPayload extends ChannelEventPayloadBase {
  /** Null when the provider reports a watermark instead of a message (Messenger `read`). */
  readonly providerMessageId: string | null;
  /** The customer the message went to. */
  readonly recipient: SenderIdentity;
  readonly status: DeliveryStatus;
  /** The provider's own word for it (`undelivered`, `failed`, ...), kept for troubleshooting. */
  readonly providerStatus: string;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  /** Watermark statuses: every message sent before this instant (ISO-8601) has this status. */
  readonly upTo?: string;
}
