import { createEnvelope, type EnvelopeContext, type EventEnvelope } from '@switchboard/contracts';
import type { ChannelEventInput } from '@switchboard/channels-core';
import type { OutgoingMessage } from '@switchboard/infra-bus';

/**
 * The bus messages for one webhook's events: keyed by thread so a conversation keeps its order,
 * and sharing one correlation id (the first event's id) so everything the webhook caused can be
 * followed together.
 */
export function channelEnvelopes(events: readonly ChannelEventInput[], context: EnvelopeContext): OutgoingMessage[] {
  let correlationId: string | undefined;
  return events.map((event) => {
    const { threadKey, ...input } = event;
    const envelope = createEnvelope<string, unknown>({ ...input, ...(correlationId === undefined ? {} : { correlationId }) }, context);
    correlationId ??= envelope.id;
    // Channel payloads are interfaces, which TypeScript will not widen to the envelope's record type.
    return { key: threadKey, event: envelope as EventEnvelope };
  });
}
