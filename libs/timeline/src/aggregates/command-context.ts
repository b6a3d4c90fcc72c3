import type { EventSource } from '@switchboard/contracts';

/** Who and what a command comes from: the tenant, when it happens, and what caused it (for correlation). */
export interface CommandContext {
  readonly tenantId: string;
  /** When it happened: the channel event's time, or the request's. Becomes the events' `occurredAt`. */
  readonly at: Date;
  readonly cause?: { readonly correlationId: string; readonly causationId: string | null };
  /** The channel the events belong to; `system` for customer events. */
  readonly source?: EventSource;
}

export const TIMELINE_SOURCE: EventSource = { channel: 'system', provider: 'timeline' };
