import type { ReplyRequestedPayload } from '@switchboard/contracts';
import { ChannelMisconfigured, UndeliverableReply, stringSetting, type ChannelConnection, type HttpRequestSpec, type OutboundReply } from '@switchboard/channels-core';
import type { EmailReply } from '@switchboard/channels-email';
import { buildMetaMessageRequests } from '@switchboard/channels-meta';
import { buildTelegramMessageRequests } from '@switchboard/channels-telegram';
import { buildTwilioMessageRequests } from '@switchboard/channels-twilio';
import { withApiBaseUrl } from './api-base-url';
import { deliveryFailed, type DeliveryResult } from './delivery-result';
import { deliverHttpRequests, type HttpDeliveryOptions } from './http-delivery';
import { deliverEmail, type SmtpDeliveryOptions } from './smtp-delivery';

export interface ReplySenderOptions {
  readonly http: HttpDeliveryOptions;
  readonly smtp: SmtpDeliveryOptions;
  /**
   * Whether a channel's `apiBaseUrl` setting may redirect its provider calls. Needed for tests and
   * provider sandboxes; a deployment where tenant admins must not aim our requests at arbitrary
   * hosts turns it off.
   */
  readonly allowApiBaseUrl: boolean;
}

/** Sends one reply through the channel it names, with that kind's provider library and transport. */
export class ReplySender {
  constructor(private readonly options: ReplySenderOptions) {}

  /** `replyId` (the request's event id) makes the email Message-ID, stable across redeliveries. */
  async send(channel: ChannelConnection, request: ReplyRequestedPayload, replyId: string): Promise<DeliveryResult> {
    try {
      if (channel.kind === 'email') return await deliverEmail(channel, this.emailReply(channel, request, replyId), this.options.smtp);
      const requests = this.httpRequests(channel, request.reply);
      return await deliverHttpRequests(channel.kind, requests, this.options.http);
    } catch (error) {
      if (error instanceof UndeliverableReply) return deliveryFailed(error.code, error.reason, false);
      if (error instanceof ChannelMisconfigured) return deliveryFailed(error.code, error.reason, true);
      throw error;
    }
  }

  private httpRequests(channel: ChannelConnection, reply: OutboundReply): HttpRequestSpec[] {
    const apiBaseUrl = this.options.allowApiBaseUrl ? stringSetting(channel, 'apiBaseUrl') : undefined;
    return this.providerRequests(channel, reply).map((request) => withApiBaseUrl(request, apiBaseUrl));
  }

  private providerRequests(channel: ChannelConnection, reply: OutboundReply): HttpRequestSpec[] {
    switch (channel.kind) {
      case 'twilio-messaging':
        return buildTwilioMessageRequests(channel, reply);
      case 'meta':
        return buildMetaMessageRequests(channel, reply);
      case 'telegram':
        return buildTelegramMessageRequests(channel, reply);
      case 'twilio-voice':
      case 'generic':
      case 'email':
        throw new UndeliverableReply(`${channel.kind} channels cannot send text replies`);
      default: {
        const exhaustive: never = channel.kind;
        return exhaustive;
      }
    }
  }

  private emailReply(channel: ChannelConnection, request: ReplyRequestedPayload, replyId: string): EmailReply {
    if (!request.emailThread) throw new UndeliverableReply('an email reply needs the thread of the message it answers');
    const fromAddress = stringSetting(channel, 'fromAddress') ?? '';
    const domain = fromAddress.slice(fromAddress.lastIndexOf('@') + 1) || 'switchboard.invalid';
    return { ...request.reply, thread: request.emailThread, messageId: `<${replyId}@${domain}>` };
  }
}
