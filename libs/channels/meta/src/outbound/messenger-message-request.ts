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
 * Messenger and Instagram Send API `POST /{page-or-account-id}/messages`
 * (https://developers.facebook.com/docs/messenger-platform/reference/send-api): a `RESPONSE` to
 * the customer's message, text first, then one attachment per media by URL.
 */
export function buildMessengerMessageRequests(connection: ChannelConnection, reply: OutboundReply): HttpRequestSpec[] {
  assertSomethingToSend(reply);
  const setting = reply.to.kind === 'instagram' ? 'instagramAccountId' : 'pageId';
  const accountId = reply.channelAddress ?? stringSetting(connection, setting);
  if (!accountId) throw new UndeliverableReply(`channel ${connection.id} has no ${setting} to send from`);
  const url = graphUrl(connection, `${encodeURIComponent(accountId)}/messages`);
  const headers = graphHeaders(connection);
  const base = { recipient: { id: reply.to.value }, messaging_type: 'RESPONSE' };

  const bodies: object[] = [];
  if (reply.text.trim() !== '') bodies.push({ ...base, message: { text: reply.text } });
  for (const media of reply.media ?? []) bodies.push({ ...base, message: { attachment: attachmentOf(media) } });
  return bodies.map((body) => ({ method: 'POST', url, headers, body: JSON.stringify(body) }));
}

function attachmentOf(media: OutboundMedia): object {
  const kind = mediaKindOf(media.contentType);
  return { type: kind === 'document' ? 'file' : kind, payload: { url: media.url, is_reusable: true } };
}
