import { UndeliverableReply, type ChannelConnection, type HttpRequestSpec, type OutboundReply } from '@switchboard/channels-core';
import { buildMessengerMessageRequests } from './messenger-message-request';
import { buildWhatsAppMessageRequests } from './whatsapp-message-request';

/** The Graph API calls that send `reply` back through the Meta channel the customer used. */
export function buildMetaMessageRequests(connection: ChannelConnection, reply: OutboundReply): HttpRequestSpec[] {
  switch (reply.to.kind) {
    case 'whatsapp':
      return buildWhatsAppMessageRequests(connection, reply);
    case 'messenger':
    case 'instagram':
      return buildMessengerMessageRequests(connection, reply);
    default:
      throw new UndeliverableReply(`cannot reply to a ${reply.to.kind} identity through Meta`);
  }
}
