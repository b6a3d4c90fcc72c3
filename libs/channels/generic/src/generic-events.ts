import type { MediaItem, SenderIdentity } from '@switchboard/contracts';
import {
  MalformedPayload,
  channelEvent,
  defaultCountryOf,
  identityOf,
  mediaKindOf,
  stringSetting,
  threadKeyForIdentity,
  type ChannelConnection,
  type ChannelEventInput,
  type ChannelEventOrigin,
} from '@switchboard/channels-core';
import type { GenericEventDto, GenericIdentityDto } from './generic-event.dto';

/** `source.channel` is the network's name from the channel's `network` setting, so reports can tell them apart. */
function genericOrigin(connection: ChannelConnection): ChannelEventOrigin {
  return { connection, channel: stringSetting(connection, 'network') ?? 'generic', provider: 'generic' };
}

export function genericChannelEvent(event: GenericEventDto, connection: ChannelConnection): ChannelEventInput {
  return event.type === 'message' ? messageEvent(event, connection) : statusEvent(event, connection);
}

function messageEvent(event: GenericEventDto, connection: ChannelConnection): ChannelEventInput {
  const from = identityFrom(event.from, 'from', connection);
  const name = event.from?.name;
  return channelEvent('message.received.v1', genericOrigin(connection), {
    providerEventId: event.id,
    ...(event.occurredAt ? { occurredAt: new Date(event.occurredAt).toISOString() } : {}),
    payload: {
      threadKey: threadKeyForIdentity(connection, from),
      providerMessageId: event.id,
      from,
      ...(name ? { fromName: name } : {}),
      channelAddress: event.channelAddress ?? connection.id,
      text: event.text || null,
      media: (event.media ?? []).map(
        (media): MediaItem => ({
          kind: mediaKindOf(media.contentType),
          url: media.url,
          providerMediaId: null,
          contentType: media.contentType ?? null,
          ...(media.filename ? { filename: media.filename } : {}),
          ...(media.size === undefined ? {} : { size: media.size }),
        }),
      ),
      ...(event.reaction ? { reaction: { emoji: event.reaction.emoji ?? null, targetProviderMessageId: event.reaction.messageId } } : {}),
      ...(event.replyToId ? { replyToProviderMessageId: event.replyToId } : {}),
    },
  });
}

function statusEvent(event: GenericEventDto, connection: ChannelConnection): ChannelEventInput {
  const recipient = identityFrom(event.to, 'to', connection);
  // Validation guarantees both for a status; the checks keep the compiler and a future schema honest.
  if (!event.messageId || !event.status) throw new MalformedPayload('a status needs messageId and status');
  return channelEvent('message.status-updated.v1', genericOrigin(connection), {
    providerEventId: event.id,
    ...(event.occurredAt ? { occurredAt: new Date(event.occurredAt).toISOString() } : {}),
    payload: {
      threadKey: threadKeyForIdentity(connection, recipient),
      providerMessageId: event.messageId,
      recipient,
      status: event.status,
      providerStatus: event.status,
      ...(event.errorCode ? { errorCode: event.errorCode } : {}),
      ...(event.errorMessage ? { errorMessage: event.errorMessage } : {}),
    },
  });
}

function identityFrom(dto: GenericIdentityDto | undefined, field: string, connection: ChannelConnection): SenderIdentity {
  const identity = dto ? identityOf(dto.kind, dto.value, defaultCountryOf(connection)) : null;
  if (identity === null) throw new MalformedPayload(`${field}.value is not a valid ${dto?.kind ?? 'identity'}`);
  return identity;
}
