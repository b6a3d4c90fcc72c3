import type { MessageReceivedPayload, SenderIdentity } from '@switchboard/contracts';
import {
  MalformedPayload,
  channelEvent,
  identityOf,
  isoFromMillis,
  threadKeyForIdentity,
  type ChannelConnection,
  type ChannelEventInput,
  type JsonReader,
} from '@switchboard/channels-core';
import { emitted, skipped, type ItemResult } from '../item-result';
import { metaOrigin } from '../meta-origin';
import { attachmentsOf } from './messaging-attachments';

export interface MessagingContext {
  readonly connection: ChannelConnection;
  readonly channel: 'messenger' | 'instagram';
}

interface Parties {
  readonly customer: SenderIdentity;
  /** Our page or Instagram account id. */
  readonly account: string;
  readonly occurredAt: string | undefined;
}

/**
 * One `entry[].messaging[]` item of a `page` (Messenger) or `instagram` webhook: a message, a
 * reaction, a postback, or a delivery / read receipt. The sender is the customer in all of them
 * except echoes of our own messages, which are ignored.
 */
export function messagingItem(item: JsonReader, context: MessagingContext): ItemResult {
  const customerId = item.object('sender').id('id');
  const customer = identityOf(context.channel, customerId);
  if (customer === null) throw new MalformedPayload(`${item.path}.sender.id is empty`);
  const parties: Parties = {
    customer,
    account: item.object('recipient').id('id'),
    occurredAt: isoFromMillis(item.optionalNumber('timestamp')),
  };
  const message = item.optionalObject('message');
  if (message) return messageItem(message, parties, context);
  const reaction = item.optionalObject('reaction');
  if (reaction) return reactionItem(reaction, parties, context, item.optionalNumber('timestamp'));
  const postback = item.optionalObject('postback');
  if (postback) return postbackItem(postback, parties, context, item.optionalNumber('timestamp'));
  const delivery = item.optionalObject('delivery');
  if (delivery) return deliveryItem(delivery, parties, context);
  const read = item.optionalObject('read');
  if (read) return readItem(read, parties, context);
  return skipped(`${context.channel} messaging item without a supported field`);
}

function messageItem(message: JsonReader, parties: Parties, context: MessagingContext): ItemResult {
  const mid = message.string('mid');
  if (message.optionalBoolean('is_echo')) return skipped('echo of a message we sent', mid);
  if (message.optionalBoolean('is_deleted')) return skipped('message deleted by the customer', mid);
  const text = message.optionalString('text') || null;
  const media = attachmentsOf(message);
  if (text === null && media.length === 0) return skipped(`${context.channel} message without text or supported media`, mid);
  const replyTo = message.optionalObject('reply_to')?.optionalString('mid');
  return emitted(received(mid, parties, context, { text, media, ...(replyTo ? { replyToProviderMessageId: replyTo } : {}) }));
}

function reactionItem(reaction: JsonReader, parties: Parties, context: MessagingContext, timestamp: number | undefined): ItemResult {
  const target = reaction.string('mid');
  const action = reaction.optionalString('action') ?? 'react';
  const emoji = action === 'unreact' ? null : (reaction.optionalString('emoji') ?? reaction.optionalString('reaction') ?? null);
  // Reactions have no id of their own: who, on what, and when identify a redelivery.
  const id = `${target}:reaction:${parties.customer.value}:${timestamp ?? action}`;
  return emitted(received(id, parties, context, { text: null, media: [], reaction: { emoji, targetProviderMessageId: target } }));
}

function postbackItem(postback: JsonReader, parties: Parties, context: MessagingContext, timestamp: number | undefined): ItemResult {
  const id = postback.optionalString('mid') ?? `postback:${parties.customer.value}:${timestamp ?? 'unknown'}`;
  const text = postback.optionalString('title') || postback.optionalString('payload') || null;
  return emitted(received(id, parties, context, { text, media: [] }));
}

function deliveryItem(delivery: JsonReader, parties: Parties, context: MessagingContext): ItemResult {
  const mids = delivery.strings('mids');
  if (mids.length > 0) return emitted(...mids.map((mid) => status(`${mid}:delivered`, mid, 'delivered', parties, context)));
  const watermark = delivery.number('watermark');
  return emitted(status(`delivery:${parties.customer.value}:${watermark}`, null, 'delivered', parties, context, isoFromMillis(watermark)));
}

/** Messenger reports a watermark (everything before it is read); Instagram names the message. */
function readItem(read: JsonReader, parties: Parties, context: MessagingContext): ItemResult {
  const mid = read.optionalString('mid');
  if (mid) return emitted(status(`${mid}:read`, mid, 'read', parties, context));
  const watermark = read.number('watermark');
  return emitted(status(`read:${parties.customer.value}:${watermark}`, null, 'read', parties, context, isoFromMillis(watermark)));
}

function received(
  providerMessageId: string,
  parties: Parties,
  context: MessagingContext,
  content: Pick<MessageReceivedPayload, 'text' | 'media' | 'reaction' | 'replyToProviderMessageId'>,
): ChannelEventInput {
  return channelEvent('message.received.v1', metaOrigin(context.connection, context.channel), {
    providerEventId: providerMessageId,
    ...(parties.occurredAt === undefined ? {} : { occurredAt: parties.occurredAt }),
    payload: {
      threadKey: threadKeyForIdentity(context.connection, parties.customer),
      providerMessageId,
      from: parties.customer,
      channelAddress: parties.account,
      ...content,
    },
  });
}

function status(
  providerEventId: string,
  providerMessageId: string | null,
  value: 'delivered' | 'read',
  parties: Parties,
  context: MessagingContext,
  upTo?: string,
): ChannelEventInput {
  return channelEvent('message.status-updated.v1', metaOrigin(context.connection, context.channel), {
    providerEventId,
    ...(parties.occurredAt === undefined ? {} : { occurredAt: parties.occurredAt }),
    payload: {
      threadKey: threadKeyForIdentity(context.connection, parties.customer),
      providerMessageId,
      recipient: parties.customer,
      status: value,
      providerStatus: value,
      ...(upTo === undefined ? {} : { upTo }),
    },
  });
}
