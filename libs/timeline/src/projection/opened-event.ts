import type { TimelineEvent } from '@switchboard/contracts';
import type { Personal } from '@switchboard/timeline-domain';

/** A stored timeline event with its personal values opened, as the projection applies it. */
export interface OpenedEvent {
  readonly position: number;
  readonly eventId: string;
  readonly tenantId: string;
  /** The aggregate whose stream it is in (the customer or the conversation). */
  readonly streamOwnerId: string;
  readonly occurredAt: string;
  readonly event: TimelineEvent<Personal>;
}
