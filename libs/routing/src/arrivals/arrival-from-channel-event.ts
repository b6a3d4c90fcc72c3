import { ChannelEventTypes, type EmailReceivedPayload, type EventEnvelope, type MessageReceivedPayload, type SenderIdentity } from '@switchboard/contracts';
import type { EnqueueContactInput } from '../routing.facade';
import type { BotReplyAddress, SelfServiceArrival } from '../self-service/self-service-arrival';

type Inbound = { threadKey?: unknown; from?: SenderIdentity | null; text?: unknown; subject?: unknown };

/**
 * What routing does with a channel event: inbound messages, calls and emails need an agent; a call
 * that ends before anyone accepted it is abandoned. The contact id is the conversation id when the
 * event carries one, else its thread key (stable per conversation, the bus key).
 *
 * A customer's text on a channel the bot can answer through (SMS, WhatsApp, Messenger, Instagram,
 * Telegram, email) goes through self-service first (`self-service/`), which follows the queue's
 * `selfService` setting. Everything else goes straight to agents: calls, the web chat (whose widget
 * runs its own self-service before it publishes the message) and generic channels (nothing can be
 * sent back through them).
 */
export type ChannelEventAction =
  | { readonly kind: 'enqueue'; readonly input: EnqueueContactInput }
  | { readonly kind: 'self-service'; readonly arrival: SelfServiceArrival }
  | { readonly kind: 'abandon'; readonly tenantId: string; readonly conversationId: string; readonly reason: string }
  | { readonly kind: 'ignore' };

/** Channels whose replies ingestion sends (`source.channel` of their inbound events). */
export const SELF_SERVICE_CHANNELS: ReadonlySet<string> = new Set(['sms', 'whatsapp', 'messenger', 'instagram', 'telegram', 'email']);

/** A generic channel may call itself `sms`, but nothing is ever sent back through it. */
const UNANSWERABLE_PROVIDERS: ReadonlySet<string> = new Set(['generic']);

export function routingActionFor(event: EventEnvelope): ChannelEventAction {
  const payload = event.payload as Inbound;
  const threadKey = typeof payload.threadKey === 'string' ? payload.threadKey : null;
  const conversationId = event.subject.conversationId ?? threadKey;
  if (!conversationId) return { kind: 'ignore' };
  switch (event.type) {
    case ChannelEventTypes.messageReceived:
    case ChannelEventTypes.callReceived:
    case ChannelEventTypes.emailReceived: {
      const from = payload.from ?? null;
      const words = [payload.subject, payload.text].filter((part): part is string => typeof part === 'string').join('\n');
      const input = {
        tenantId: event.tenantId,
        conversationId,
        sourceChannel: event.source.channel,
        channelId: event.source.channelId ?? null,
        customerKey: from ? `${from.kind}:${from.value}` : null,
        correlationId: event.correlationId,
        causationId: event.id,
      };
      const replyTo = threadKey === null ? null : botReplyAddress(event, threadKey);
      if (replyTo) return { kind: 'self-service', arrival: { input, words, replyText: typeof payload.text === 'string' ? payload.text : null, replyTo, eventId: event.id, correlationId: event.correlationId } };
      return { kind: 'enqueue', input: { ...input, selfService: false, text: words || null } };
    }
    case ChannelEventTypes.callEnded:
      return { kind: 'abandon', tenantId: event.tenantId, conversationId, reason: 'hung-up' };
    default:
      return { kind: 'ignore' };
  }
}

/** Where the bot's answer to this message goes, or null when the bot cannot answer it there. */
function botReplyAddress(event: EventEnvelope, threadKey: string): BotReplyAddress | null {
  const { channel, provider, channelId } = event.source;
  if (!channelId || !SELF_SERVICE_CHANNELS.has(channel) || UNANSWERABLE_PROVIDERS.has(provider)) return null;
  if (event.type === ChannelEventTypes.emailReceived) {
    const email = event.payload as unknown as EmailReceivedPayload;
    if (!email.from || typeof email.messageId !== 'string') return null;
    const ourAddress = email.to?.[0]?.address;
    return {
      channel,
      channelId,
      threadKey,
      reply: { to: email.from, ...(ourAddress ? { channelAddress: ourAddress } : {}) },
      emailThread: { lastMessageId: email.messageId, references: [...(email.references ?? []), email.messageId], subject: email.subject ?? '' },
    };
  }
  if (event.type !== ChannelEventTypes.messageReceived) return null;
  const message = event.payload as unknown as MessageReceivedPayload;
  if (!message.from) return null;
  return {
    channel,
    channelId,
    threadKey,
    reply: {
      to: message.from,
      ...(message.channelAddress ? { channelAddress: message.channelAddress } : {}),
      ...(message.providerMessageId ? { replyToProviderMessageId: message.providerMessageId } : {}),
    },
  };
}
