import type { DeliveryStatus } from '@switchboard/contracts';
import {
  MalformedPayload,
  channelEvent,
  identityOf,
  isoFromUnixSeconds,
  threadKeyForIdentity,
  type ChannelConnection,
  type JsonReader,
} from '@switchboard/channels-core';
import { emitted, skipped, type ItemResult } from '../item-result';
import { metaOrigin } from '../meta-origin';

const STATUSES: ReadonlySet<string> = new Set<DeliveryStatus>(['sent', 'delivered', 'read', 'failed']);

/** One entry of `value.statuses`: what happened to a message we sent. One webhook per status change. */
export function whatsappStatus(status: JsonReader, connection: ChannelConnection): ItemResult {
  const providerMessageId = status.string('id');
  const providerStatus = status.string('status');
  const providerEventId = `${providerMessageId}:${providerStatus}`;
  if (!STATUSES.has(providerStatus)) return skipped(`whatsapp status ${providerStatus} is not tracked`, providerEventId);

  const recipient = identityOf('whatsapp', status.string('recipient_id'));
  if (recipient === null) throw new MalformedPayload(`${status.path}.recipient_id is not a WhatsApp number`);
  const error = status.objects('errors')[0];
  const errorCode = error?.optionalNumber('code');
  const errorMessage = error?.optionalObject('error_data')?.optionalString('details') ?? error?.optionalString('title');
  const occurredAt = isoFromUnixSeconds(status.optionalString('timestamp'));
  return emitted(
    channelEvent('message.status-updated.v1', metaOrigin(connection, 'whatsapp'), {
      providerEventId,
      ...(occurredAt === undefined ? {} : { occurredAt }),
      payload: {
        threadKey: threadKeyForIdentity(connection, recipient),
        providerMessageId,
        recipient,
        status: providerStatus as DeliveryStatus,
        providerStatus,
        ...(errorCode === undefined ? {} : { errorCode: String(errorCode) }),
        ...(errorMessage ? { errorMessage } : {}),
      },
    }),
  );
}
