import {
  UndeliverableReply,
  assertSomethingToSend,
  mediaKindOf,
  stringSetting,
  type ChannelConnection,
  type HttpRequestSpec,
  type OutboundMedia,
  type OutboundReply,
} from '@switchboard/channels-core';
import { graphHeaders, graphUrl } from './graph-api';

/**
 * WhatsApp Cloud API `POST /{phone-number-id}/messages`
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages): the text first,
 * quoting the customer's message when known, then one message per media by link.
 */
export function buildWhatsAppMessageRequests(connection: ChannelConnection, reply: OutboundReply): HttpRequestSpec[] {
  assertSomethingToSend(reply);
  const phoneNumberId = reply.channelAddress ?? stringSetting(connection, 'whatsappPhoneNumberId');
  if (!phoneNumberId) throw new UndeliverableReply(`channel ${connection.id} has no WhatsApp phone-number id to send from`);
  const url = graphUrl(connection, `${encodeURIComponent(phoneNumberId)}/messages`);
  const headers = graphHeaders(connection);
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to: reply.to.value.replace(/^\+/, '') };
  const context = reply.replyToProviderMessageId ? { context: { message_id: reply.replyToProviderMessageId } } : {};

  const bodies: object[] = [];
  if (reply.text.trim() !== '') bodies.push({ ...base, ...context, type: 'text', text: { preview_url: false, body: reply.text } });
  for (const media of reply.media ?? []) bodies.push({ ...base, ...mediaMessage(media) });
  return bodies.map((body) => ({ method: 'POST', url, headers, body: JSON.stringify(body) }));
}

function mediaMessage(media: OutboundMedia): object {
  const kind = mediaKindOf(media.contentType);
  const document = kind === 'document' && media.filename ? { filename: media.filename } : {};
  return { type: kind, [kind]: { link: media.url, ...document } };
}
