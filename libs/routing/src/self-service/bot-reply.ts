import { v5 as uuidv5 } from 'uuid';
import { OutboundEventTypes, createEnvelope, type EventEnvelope, type ReplyRequestedPayload } from '@switchboard/contracts';
import type { OutgoingMessage } from '@switchboard/infra-bus';
import type { SelfServiceArrival } from './self-service-arrival';

/** Namespace of the bot's answer ids (UUIDv5 of the message answered). */
const BOT_ANSWER_NAMESPACE = '3f0b6a2e-5d1c-4c8e-9a57-6e1f2b7d9c40';

/** The self-service bot writes; it is nobody. */
export const BOT_AUTHOR = { kind: 'bot', id: null } as const;

/** The answer to one message always has the same id: ingestion sends a request once per id, so a redelivered message is not answered twice. */
export function botAnswerId(tenantId: string, eventId: string): string {
  return uuidv5(`${tenantId}/${eventId}`, BOT_ANSWER_NAMESPACE);
}

/** `message.reply-requested.v1` on `Topics.outboundMessages`, keyed by the thread so it follows the customer's message. */
export function botReplyRequested(tenantId: string, arrival: SelfServiceArrival, text: string, now: Date): OutgoingMessage {
  const { replyTo } = arrival;
  const payload: ReplyRequestedPayload = {
    channelId: replyTo.channelId,
    conversationId: arrival.input.conversationId,
    threadKey: replyTo.threadKey,
    author: BOT_AUTHOR,
    reply: { ...replyTo.reply, text },
    ...(replyTo.emailThread ? { emailThread: replyTo.emailThread } : {}),
  };
  const event = createEnvelope(
    {
      type: OutboundEventTypes.replyRequested,
      tenantId,
      source: { channel: replyTo.channel, provider: 'router', channelId: replyTo.channelId },
      subject: { conversationId: arrival.input.conversationId },
      payload,
      correlationId: arrival.correlationId,
      causationId: arrival.eventId,
    },
    { now: () => now, newId: () => botAnswerId(tenantId, arrival.eventId) },
  );
  // Contract payloads are interfaces, which TypeScript will not widen to the envelope's record type.
  return { key: replyTo.threadKey, event: event as unknown as EventEnvelope };
}
