import type { RealtimeError, RealtimeErrorCode } from '@switchboard/contracts';
import { BusPublishRejected, BusUnavailable } from '@switchboard/infra-bus';
import { ContactNotFound, InvalidRoutingInput, RoutingRefused, RoutingResourceNotFound } from '@switchboard/routing';

/** A request the gateways refuse on their own account (not your conversation, bad payload, ...). */
export class RealtimeFailure extends Error {
  constructor(
    readonly code: RealtimeErrorCode,
    reason: string,
    readonly retriable = false,
  ) {
    super(reason);
    this.name = 'RealtimeFailure';
  }
}

/**
 * Every error a gateway handler meets, mapped once to what the client is told. Unknown errors are
 * `INTERNAL` without details (they may carry anything); the caller logs them.
 */
export function toRealtimeError(error: unknown, event?: string): RealtimeError {
  const at = event === undefined ? {} : { event };
  if (error instanceof RealtimeFailure) return { code: error.code, reason: error.message, retriable: error.retriable, ...at };
  if (error instanceof RoutingRefused) return { code: 'REFUSED', reason: error.refusal, retriable: false, ...at };
  if (error instanceof ContactNotFound) return { code: 'NOT_FOUND', reason: 'no such conversation being routed', retriable: false, ...at };
  if (error instanceof RoutingResourceNotFound) return { code: 'NOT_FOUND', reason: error.message, retriable: false, ...at };
  if (error instanceof InvalidRoutingInput) return { code: 'INVALID_PAYLOAD', reason: error.message, retriable: false, ...at };
  if (error instanceof BusUnavailable) return { code: 'UNAVAILABLE', reason: 'the bus did not confirm; try again', retriable: true, ...at };
  if (error instanceof BusPublishRejected) return { code: 'INVALID_PAYLOAD', reason: 'the message was refused by the bus', retriable: false, ...at };
  return { code: 'INTERNAL', reason: 'internal error', retriable: false, ...at };
}
