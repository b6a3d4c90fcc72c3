import type { DeliveryStatus } from '@switchboard/contracts';
import {
  channelEvent,
  defaultCountryOf,
  identityOfTwilioAddress,
  threadKeyForIdentity,
  type ChannelConnection,
  type FormParams,
  type WebhookResult,
} from '@switchboard/channels-core';
import { emptyTwiml } from '../twiml';
import { messagingOrigin } from './messaging-origin';

/** Twilio's statuses that say something about delivery; `queued`, `sending`, `accepted`, ... do not. */
const DELIVERY_STATUSES: Readonly<Record<string, DeliveryStatus>> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  undelivered: 'failed',
  failed: 'failed',
};

/** Status callback of a message we sent: the customer is its `To`. */
export function messageStatus(form: FormParams, connection: ChannelConnection): WebhookResult {
  const providerMessageId = form.require('MessageSid');
  const providerStatus = form.require('MessageStatus');
  const providerEventId = `${providerMessageId}:${providerStatus}`;
  const status = DELIVERY_STATUSES[providerStatus];
  const recipient = identityOfTwilioAddress(form.get('To') ?? '', defaultCountryOf(connection));
  if (!status || recipient === null) {
    const reason = status ? 'recipient is not a phone or WhatsApp number' : `message status ${providerStatus} is not tracked`;
    return { response: emptyTwiml(), events: [], ignored: [{ reason, providerEventId }] };
  }
  const errorCode = form.get('ErrorCode');
  const errorMessage = form.get('ErrorMessage');
  const event = channelEvent('message.status-updated.v1', messagingOrigin(connection, recipient), {
    providerEventId,
    payload: {
      threadKey: threadKeyForIdentity(connection, recipient),
      providerMessageId,
      recipient,
      status,
      providerStatus,
      ...(errorCode ? { errorCode } : {}),
      ...(errorMessage ? { errorMessage } : {}),
    },
  });
  return { response: emptyTwiml(), events: [event], ignored: [] };
}
