import type { SenderIdentity } from '@switchboard/contracts';
import type { ChannelConnection, ChannelEventOrigin } from '@switchboard/channels-core';

/** One Twilio Messaging channel carries SMS/MMS and WhatsApp; the customer's address says which. */
export function messagingOrigin(connection: ChannelConnection, customer: SenderIdentity): ChannelEventOrigin {
  return { connection, channel: customer.kind === 'whatsapp' ? 'whatsapp' : 'sms', provider: 'twilio' };
}
