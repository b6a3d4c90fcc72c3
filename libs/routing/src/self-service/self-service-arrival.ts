import type { EmailReplyThread, OutboundReply } from '@switchboard/contracts';
import type { EnqueueContactInput } from '../routing.facade';

/** Where and how the bot answers: what the customer's message said about its channel and thread. */
export interface BotReplyAddress {
  readonly channel: string;
  readonly channelId: string;
  readonly threadKey: string;
  readonly reply: Omit<OutboundReply, 'text' | 'media'>;
  readonly emailThread?: EmailReplyThread;
}

/** A customer's text message on a channel the bot can answer through (see `arrival-from-channel-event.ts`). */
export interface SelfServiceArrival {
  /** The contact, should it need to be enqueued; `selfService` and `text` are decided by the self-service steps. */
  readonly input: Omit<EnqueueContactInput, 'selfService' | 'text'>;
  /** What the knowledge base is searched for (an email's subject and body). */
  readonly words: string;
  /** The message itself (an email's body), read for "agent" or "yes". */
  readonly replyText: string | null;
  readonly replyTo: BotReplyAddress;
  /** The message's event id: the bot's answer to it gets an id derived from it, so a redelivery is answered once. */
  readonly eventId: string;
  readonly correlationId: string;
}
