import { ChannelEventTypes, type EventEnvelope, type SenderIdentity } from '@switchboard/contracts';
import type { EnqueueContactInput } from '../routing.facade';

type Inbound = { threadKey?: unknown; from?: SenderIdentity | null; text?: unknown; subject?: unknown };

/**
 * What routing does with a channel event: inbound messages, calls and emails need an agent; a call
 * that ends before anyone accepted it is abandoned. The contact id is the conversation id when the
 * event carries one, else its thread key (stable per conversation, the bus key). Channel arrivals go
 * straight to agents: knowledge-base answers are offered where a customer can see them (the chat widget).
 */
export type ChannelEventAction =
  | { readonly kind: 'enqueue'; readonly input: EnqueueContactInput }
  | { readonly kind: 'abandon'; readonly tenantId: string; readonly conversationId: string; readonly reason: string }
  | { readonly kind: 'ignore' };

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
      return {
        kind: 'enqueue',
        input: {
          tenantId: event.tenantId,
          conversationId,
          sourceChannel: event.source.channel,
          channelId: event.source.channelId ?? null,
          customerKey: from ? `${from.kind}:${from.value}` : null,
          selfService: false,
          text: words || null,
          correlationId: event.correlationId,
          causationId: event.id,
        },
      };
    }
    case ChannelEventTypes.callEnded:
      return { kind: 'abandon', tenantId: event.tenantId, conversationId, reason: 'hung-up' };
    default:
      return { kind: 'ignore' };
  }
}
