import {
  OutboundEventTypes,
  causedBy,
  createEnvelope,
  type EnvelopeContext,
  type EventEnvelope,
  type MessageDeliveryFailedPayload,
  type MessageSentPayload,
  type ReplyOutcomeBase,
  type ReplyRequestedPayload,
} from '@switchboard/contracts';
import type { ChannelConnection } from '@switchboard/channels-core';
import type { OutgoingMessage } from '@switchboard/infra-bus';
import type { DeliveryResult } from './delivery-result';

const PROVIDERS: Readonly<Record<ChannelConnection['kind'], string>> = {
  'twilio-voice': 'twilio',
  'twilio-messaging': 'twilio',
  meta: 'meta',
  telegram: 'telegram',
  email: 'smtp',
  generic: 'generic',
};

/**
 * `message.sent.v1` or `message.delivery-failed.v1` for a reply request, caused by it and keyed by
 * the conversation's thread key so it lands in order with the conversation's channel events. Both
 * repeat the reply's text and author, so the timeline can record who said what without the request.
 */
export function deliveryEnvelope(
  request: EventEnvelope,
  payload: ReplyRequestedPayload,
  channel: ChannelConnection | null,
  result: DeliveryResult,
  context: EnvelopeContext,
): OutgoingMessage {
  const threadKey = payload.threadKey ?? payload.conversationId;
  const base: ReplyOutcomeBase = {
    channelId: payload.channelId,
    conversationId: payload.conversationId,
    threadKey,
    to: payload.reply.to,
    messageId: request.id,
    author: payload.author,
    text: payload.reply.text,
    attempts: result.attempts,
  };
  const source = { channel: channel?.kind ?? 'unknown', provider: channel ? PROVIDERS[channel.kind] : 'unknown', channelId: payload.channelId };
  const common = { tenantId: request.tenantId, source, subject: { conversationId: payload.conversationId }, ...causedBy(request) };
  const event: EventEnvelope = result.ok
    ? createEnvelope<string, MessageSentPayload & Record<string, unknown>>(
        { ...common, type: OutboundEventTypes.sent, payload: { ...base, providerMessageIds: result.providerMessageIds } },
        context,
      )
    : createEnvelope<string, MessageDeliveryFailedPayload & Record<string, unknown>>(
        {
          ...common,
          type: OutboundEventTypes.deliveryFailed,
          payload: {
            ...base,
            code: result.code,
            reason: result.reason,
            retriable: result.retriable,
            providerMessageIds: result.providerMessageIds,
            ...(result.providerStatus === undefined ? {} : { providerStatus: result.providerStatus }),
          },
        },
        context,
      );
  return { key: threadKey, event };
}
