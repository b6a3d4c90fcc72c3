import type { CustomerEvent } from '@switchboard/contracts';
import type { Decider } from '../decider';
import type { Personal } from '../personal';
import type { CustomerCommand } from './customer.commands';
import { decideCustomer } from './customer.decide';
import { evolveCustomer } from './customer.evolve';
import { initialCustomerState, type CustomerState } from './customer.state';

/** The customer aggregate as one value. */
export const customerDecider = {
  decide: decideCustomer,
  evolve: evolveCustomer,
  initialState: initialCustomerState,
} satisfies Decider<CustomerCommand, CustomerState, CustomerEvent<Personal>>;

/** The state after `events`, from the start. */
export function foldCustomer(events: readonly CustomerEvent<Personal>[]): CustomerState {
  return events.reduce(evolveCustomer, initialCustomerState());
}
