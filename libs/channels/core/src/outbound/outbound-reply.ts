import type { SenderIdentity } from '@switchboard/contracts';

export interface OutboundMedia {
  /** Publicly fetchable URL: providers download the media themselves. */
  readonly url: string;
  readonly contentType?: string;
  readonly filename?: string;
}

/** An agent's reply, to leave through the channel the customer used. */
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

/**
 * An HTTP call for the sender to make, exactly as the provider's API expects it. Headers may carry
 * credentials: senders must never log a request as a whole.
 */
export interface HttpRequestSpec {
  readonly method: 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The reply cannot be sent on this channel (wrong kind of recipient, nothing to send). Not retriable. */
export class UndeliverableReply extends Error {
  readonly code = 'UNDELIVERABLE_REPLY';
  readonly retriable = false;

  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UndeliverableReply';
  }
}

export function assertRecipientKind(reply: OutboundReply, kinds: readonly SenderIdentity['kind'][]): void {
  if (!kinds.includes(reply.to.kind)) {
    throw new UndeliverableReply(`cannot reply to a ${reply.to.kind} identity through this channel`);
  }
}

export function assertSomethingToSend(reply: OutboundReply): void {
  if (reply.text.trim() === '' && (reply.media ?? []).length === 0) throw new UndeliverableReply('reply has no text and no media');
}
