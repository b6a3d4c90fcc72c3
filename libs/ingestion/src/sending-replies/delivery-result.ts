/** How sending one reply ended. */
export type DeliveryResult = DeliverySucceeded | DeliveryFailed;

export interface DeliverySucceeded {
  readonly ok: true;
  readonly providerMessageIds: readonly string[];
  readonly attempts: number;
}

export interface DeliveryFailed {
  readonly ok: false;
  readonly code: string;
  readonly reason: string;
  readonly retriable: boolean;
  readonly attempts: number;
  readonly providerStatus?: number;
  readonly providerMessageIds: readonly string[];
}

export function deliveryFailed(code: string, reason: string, retriable: boolean, extra: Partial<Pick<DeliveryFailed, 'attempts' | 'providerStatus' | 'providerMessageIds'>> = {}): DeliveryFailed {
  return { ok: false, code, reason, retriable, attempts: extra.attempts ?? 0, providerMessageIds: extra.providerMessageIds ?? [], ...(extra.providerStatus === undefined ? {} : { providerStatus: extra.providerStatus }) };
}
