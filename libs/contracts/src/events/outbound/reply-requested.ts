import type { SenderIdentity } from '../channels/sender-identity';
import type { ReplyAuthor } from './reply-author';

export interface OutboundMedia {
  /** Publicly fetchable URL: providers download the media themselves. */
  readonly url: string;
  readonly contentType?: string;
  readonly filename?: string;
}

/** What to send and to whom, through the channel the customer used (channels-core builds the provider calls from it). */
export interface OutboundReply {
  /** The customer (the `from` of their inbound event). */
  readonly to: SenderIdentity;
  /** Our address the customer wrote to (`channelAddress` of their inbound event). */
  readonly channelAddress?: string;
  readonly text: string;
  readonly media?: readonly OutboundMedia[];
  /** The customer's message this answers, where the provider can show a quoted reply. */
  readonly replyToProviderMessageId?: string;
}

/** What the customer's last email said about its thread: `In-Reply-To`, `References` and `Re:` are built from it. */
export interface EmailReplyThread {
  readonly lastMessageId: string;
  readonly references: readonly string[];
  readonly subject: string;
}

/**
 * `message.reply-requested.v1`. The envelope's id is the reply's id: it is the message id the
 * outcome events carry, and redeliveries of one request are sent once.
 */
export interface ReplyRequestedPayload {
  /** The tenant's channel the customer wrote through (the envelope's tenant must own it). */
  readonly channelId: string;
  readonly conversationId: string;
  /** The conversation's thread key (bus key of its channel events); the outcome events keep it. */
  readonly threadKey?: string;
  readonly author: ReplyAuthor;
  readonly reply: OutboundReply;
  /** Email channels only: the customer's last message. */
  readonly emailThread?: EmailReplyThread;
}
