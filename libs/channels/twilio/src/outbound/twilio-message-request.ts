import {
  UndeliverableReply,
  assertRecipientKind,
  assertSomethingToSend,
  requireSecret,
  requireSetting,
  stringSetting,
  type ChannelConnection,
  type HttpRequestSpec,
  type OutboundReply,
} from '@switchboard/channels-core';

const API_BASE = 'https://api.twilio.com/2010-04-01';
/** MMS carries up to 10 media; WhatsApp one per message. */
const MAX_MMS_MEDIA = 10;

/**
 * The Messages API calls that send `reply` (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource):
 * form-encoded POSTs with basic auth `accountSid:authToken`. WhatsApp takes one media per message,
 * so extra media become further messages. Settings: `accountSid` (required), and `fromNumber` or
 * `messagingServiceSid` unless the reply names the number the customer wrote to;
 * `statusCallbackUrl` (this channel's webhook URL) to hear about delivery.
 */
export function buildTwilioMessageRequests(connection: ChannelConnection, reply: OutboundReply): HttpRequestSpec[] {
  assertRecipientKind(reply, ['phone', 'whatsapp']);
  assertSomethingToSend(reply);
  const accountSid = requireSetting(connection, 'accountSid');
  const authToken = requireSecret(connection, 'authToken');
  const whatsapp = reply.to.kind === 'whatsapp';
  const sender = senderOf(connection, reply, whatsapp);
  const statusCallback = stringSetting(connection, 'statusCallbackUrl');
  const mediaUrls = (reply.media ?? []).map((media) => media.url);
  const batches = whatsapp ? chunk(mediaUrls, 1) : chunk(mediaUrls, MAX_MMS_MEDIA);

  return (batches.length === 0 ? [[]] : batches).map((batch, index) => {
    const form = new URLSearchParams();
    form.append('To', whatsapp ? `whatsapp:${reply.to.value}` : reply.to.value);
    form.append(sender.name, sender.value);
    if (index === 0 && reply.text !== '') form.append('Body', reply.text);
    for (const url of batch) form.append('MediaUrl', url);
    if (statusCallback) form.append('StatusCallback', statusCallback);
    return {
      method: 'POST',
      url: `${API_BASE}/Accounts/${encodeURIComponent(accountSid)}/Messages.json`,
      headers: {
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: form.toString(),
    };
  });
}

function senderOf(connection: ChannelConnection, reply: OutboundReply, whatsapp: boolean): { name: string; value: string } {
  const number = reply.channelAddress ?? stringSetting(connection, 'fromNumber');
  if (number) {
    const bare = number.replace(/^whatsapp:/i, '');
    return { name: 'From', value: whatsapp ? `whatsapp:${bare}` : bare };
  }
  const service = stringSetting(connection, 'messagingServiceSid');
  if (service) return { name: 'MessagingServiceSid', value: service };
  throw new UndeliverableReply(`channel ${connection.id} has no number to send from`);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
