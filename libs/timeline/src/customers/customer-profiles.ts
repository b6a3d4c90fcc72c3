import { CustomerNotFound, customerAsOf, type CustomerState } from '@switchboard/timeline-domain';
import type { CustomerAggregate } from '../aggregates/customer-aggregate';

export interface CustomerProfileView {
  /** The customer shown: where the requested id's merges lead. */
  readonly id: string;
  /** The id asked for, when it redirected here. */
  readonly redirectedFrom: string | null;
  readonly state: Exclude<CustomerState, { status: 'unknown' | 'merged' }>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly asOf: string | null;
}

const MAX_REDIRECTS = 16;

/**
 * A customer's profile straight from their stream (opened and folded), so it is never behind a
 * command just made. With `asOf`, only the events up to then are folded, merges included: before
 * a merge, the duplicate is still shown as itself.
 */
export class CustomerProfiles {
  constructor(private readonly customers: CustomerAggregate) {}

  async get(tenantId: string, customerId: string, asOf: Date | null): Promise<CustomerProfileView> {
    let id = customerId;
    for (let hops = 0; hops < MAX_REDIRECTS; hops++) {
      const history = await this.customers.history(tenantId, id);
      const limit = asOf ?? new Date(8.64e15);
      const state = customerAsOf(history, limit);
      if (state.status === 'unknown') throw new CustomerNotFound(customerId);
      if (state.status === 'merged') {
        id = state.mergedInto;
        continue;
      }
      const dates = history.filter((dated) => Date.parse(dated.occurredAt) <= limit.getTime()).map((dated) => dated.occurredAt);
      return {
        id,
        redirectedFrom: id === customerId ? null : customerId,
        state,
        createdAt: new Date(dates[0] ?? 0).toISOString(),
        updatedAt: new Date(dates[dates.length - 1] ?? 0).toISOString(),
        asOf: asOf ? asOf.toISOString() : null,
      };
    }
    throw new CustomerNotFound(customerId);
  }
}
