import { createEnvelope, type EnvelopeContext, type EventEnvelope, type EventSubject, type SealedField, type TimelineEvent } from '@switchboard/contracts';
import { TIMELINE_SOURCE, type CommandContext } from './command-context';

/** Wraps sealed events in canonical envelopes: the command's time as `occurredAt`, its cause for correlation. */
export function toEnvelopes(events: readonly TimelineEvent<SealedField>[], context: CommandContext, subject: EventSubject, ids: EnvelopeContext): EventEnvelope[] {
  return events.map((event) =>
    createEnvelope(
      {
        type: event.type,
        tenantId: context.tenantId,
        source: context.source ?? TIMELINE_SOURCE,
        subject,
        payload: event.data as unknown as Record<string, unknown>,
        occurredAt: context.at.toISOString(),
        ...(context.cause ? { correlationId: context.cause.correlationId, causationId: context.cause.causationId } : {}),
      },
      ids,
    ),
  );
}
