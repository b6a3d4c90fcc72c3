import type { SubscribeToAllOptions } from './event-store';

export const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Hands a stopped subscription's failure to `onError`. Without one (or when it throws) the failure
 * must still be visible, but never as an unhandled rejection that would take the process down.
 */
export function reportSubscriptionFailure(options: Pick<SubscribeToAllOptions, 'onError'>, error: Error): void {
  try {
    if (options.onError) options.onError(error);
    else process.emitWarning(error);
  } catch (reportFailure) {
    process.emitWarning(asError(reportFailure));
  }
}
