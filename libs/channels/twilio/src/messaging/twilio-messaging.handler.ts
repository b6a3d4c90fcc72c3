import { MaxBodyBytes, type ChannelConnection, type ChannelHandler, type WebhookRequest } from '@switchboard/channels-core';
import { readVerifiedTwilioForm } from '../twilio-request';
import { inboundMessage } from './inbound-message';
import { messageStatus } from './message-status';

/**
 * Twilio Messaging (SMS, MMS, WhatsApp). One URL serves the incoming-message webhook and the
 * status callbacks of messages we send; a status callback is the one with `MessageStatus`.
 */
export function createTwilioMessagingHandler(): ChannelHandler {
  const maxBodyBytes = MaxBodyBytes['twilio-messaging'];
  const read = (request: WebhookRequest, connection: ChannelConnection) =>
    readVerifiedTwilioForm(request, connection, 'twilio-messaging', maxBodyBytes);
  return {
    kind: 'twilio-messaging',
    maxBodyBytes,
    verify(request, connection) {
      read(request, connection);
    },
    async handle(request, connection) {
      const form = read(request, connection);
      const status = form.get('MessageStatus');
      return status !== undefined && status !== 'received' ? messageStatus(form, connection) : inboundMessage(form, connection);
    },
  };
}
