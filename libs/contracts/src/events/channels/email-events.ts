import type { ChannelEventPayloadBase, SenderIdentity } from './sender-identity';

export interface EmailAddressValue {
  /** Trimmed and lower-cased. */
  readonly address: string;
  readonly name?: string;
}

/** An attachment's metadata; the content never travels on the bus. */
export interface EmailAttachmentMetadata {
  readonly filename: string | null;
  readonly contentType: string;
  readonly size: number;
  /** Content-ID with angle brackets, for inline images referenced as `cid:`. */
  readonly contentId: string | null;
  readonly inline: boolean;
}

/** Threading headers, Message-IDs with their angle brackets as they appear on the wire. */
export interface EmailThreading {
  /** The message's own id; `<sha256-…@switchboard.invalid>` (a hash of the raw bytes) when it had none. */
  readonly messageId: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
}

/** `email.received.v1`: a person wrote to one of our mailboxes. */
export interface EmailReceivedPayload extends ChannelEventPayloadBase, EmailThreading {
  readonly from: SenderIdentity;
  readonly fromName?: string;
  readonly to: readonly EmailAddressValue[];
  readonly cc: readonly EmailAddressValue[];
  readonly replyTo: readonly EmailAddressValue[];
  readonly subject: string;
  /** The text/plain body, or text derived from the HTML body when there is no plain part. */
  readonly text: string;
  /** True when `text` was cut to keep the event small; the full message stays with the provider. */
  readonly textTruncated: boolean;
  readonly hasHtml: boolean;
  readonly attachments: readonly EmailAttachmentMetadata[];
  /** The `Date` header (ISO-8601), null when missing. */
  readonly sentAt: string | null;
}

/** Why a message was recognised as written by a machine on someone's behalf. */
export type AutoReplySignal = 'auto-submitted' | 'precedence' | 'x-autoreply' | 'x-autorespond' | 'null-return-path';

/** `email.auto-reply-received.v1`: out-of-office and similar; never opens a conversation or gets an answer. */
export interface EmailAutoReplyReceivedPayload extends ChannelEventPayloadBase, EmailThreading {
  readonly from: SenderIdentity;
  readonly subject: string;
  readonly signal: AutoReplySignal;
}

/** Why a message was recognised as a delivery failure report. */
export type BounceSignal = 'delivery-status-report' | 'delivery-status-content' | 'mailer-daemon-sender';

export interface BouncedRecipient {
  readonly recipient: string;
  /** `failed`, `delayed`, ... (RFC 3464 Action). */
  readonly action: string;
  /** RFC 3463 status code, e.g. `5.1.1`. */
  readonly status: string;
  readonly diagnosticCode?: string;
}

/** `email.bounce-received.v1`: a mail we sent could not be delivered. */
export interface EmailBounceReceivedPayload extends ChannelEventPayloadBase, EmailThreading {
  /** The reporting system (mailer-daemon), not a customer. */
  readonly from: SenderIdentity;
  readonly subject: string;
  readonly signal: BounceSignal;
  /** Message-ID of our mail that bounced, when the report quotes it. */
  readonly originalMessageId: string | null;
  readonly failedRecipients: readonly BouncedRecipient[];
}
