import { createHash } from 'node:crypto';
import type { ChannelEventPayloads, ChannelEventType, NewEventInput } from '@switchboard/contracts';
import type { ChannelConnection } from '../channel-connection';

/** The envelope allows 512 characters; ids are sender-controlled (an email's Message-ID), so longer ones are hashed. */
export const MAX_PROVIDER_EVENT_ID_LENGTH = 256;

/**
 * A canonical channel event ready for `createEnvelope`, plus the thread key the gateway publishes
 * it under (the bus message key), so that one conversation's events stay in order.
 */
export type ChannelEventInput = {
  readonly [T in ChannelEventType]: NewEventInput<T, ChannelEventPayloads[T]> & { readonly threadKey: string };
}[ChannelEventType];

export interface ChannelEventOrigin {
  readonly connection: ChannelConnection;
  /** Channel as customers know it: `voice`, `sms`, `whatsapp`, `messenger`, `instagram`, `telegram`, `email`, ... */
  readonly channel: string;
  readonly provider: string;
}

export interface ChannelEventDetails<T extends ChannelEventType> {
  /** The provider's id for this event; the gateway deduplicates redeliveries by it. */
  readonly providerEventId: string;
  readonly occurredAt?: string;
  readonly payload: ChannelEventPayloads[T];
}

/** Builds a channel event; the bus key is taken from the payload so the two can never disagree. */
export function channelEvent<T extends ChannelEventType>(
  type: T,
  origin: ChannelEventOrigin,
  details: ChannelEventDetails<T>,
): ChannelEventInput {
  const event: NewEventInput<T, ChannelEventPayloads[T]> & { readonly threadKey: string } = {
    type,
    tenantId: origin.connection.tenantId,
    source: {
      channel: origin.channel,
      provider: origin.provider,
      providerEventId: boundedProviderEventId(details.providerEventId),
      channelId: origin.connection.id,
    },
    payload: details.payload,
    threadKey: details.payload.threadKey,
    ...(details.occurredAt === undefined ? {} : { occurredAt: details.occurredAt }),
  };
  // The mapped union cannot be narrowed from a generic T; the object above is checked against T's own member.
  return event as ChannelEventInput;
}

/** Deterministic, so a redelivery still deduplicates. */
function boundedProviderEventId(id: string): string {
  return id.length <= MAX_PROVIDER_EVENT_ID_LENGTH ? id : `sha256:${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}
