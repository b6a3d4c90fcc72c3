import type { CustomerEvent } from '@switchboard/contracts';
import { evolveCustomer } from '../customer/customer.evolve';
import { initialCustomerState, type CustomerState } from '../customer/customer.state';
import type { Personal } from '../personal';

export interface DatedCustomerEvent {
  readonly occurredAt: string;
  readonly event: CustomerEvent<Personal>;
}

/** The customer as they were at `asOf`: their events up to then, folded. Times compare as instants, not strings. */
export function customerAsOf(events: readonly DatedCustomerEvent[], asOf: Date): CustomerState {
  const limit = asOf.getTime();
  return events.filter((dated) => Date.parse(dated.occurredAt) <= limit).reduce((state, dated) => evolveCustomer(state, dated.event), initialCustomerState());
}
