import { customerStream, type CustomerEvent, type EnvelopeContext, type SealedField } from '@switchboard/contracts';
import type { EventStore, RecordedEvent } from '@switchboard/infra-event-store';
import {
  CustomerMerged,
  CustomerNotFound,
  customerDecider,
  type CustomerCommand,
  type CustomerState,
  type Personal,
} from '@switchboard/timeline-domain';
import type { CustomerKeyStore } from '../personal-data/customer-key-store';
import { hasPersonalValues, keyIdsOf, openEvent, sealEvent, timelineEventOf } from '../personal-data/event-sealing';
import type { CommandContext } from './command-context';
import { runCommand, type CommandResult } from './run-command';
import { toEnvelopes } from './timeline-envelopes';

export interface DatedCustomerEvents {
  readonly events: readonly { readonly occurredAt: string; readonly event: CustomerEvent<Personal> }[];
}

/** How many merges a redirect may be followed through before we call it a loop. */
const MAX_REDIRECTS = 16;

/**
 * The customer aggregate on the event store: its stream read back with its personal values opened
 * (so a merge can carry them over), commands decided and appended with the expected revision, new
 * personal values sealed with the customer's own key.
 */
export class CustomerAggregate {
  constructor(
    private readonly store: EventStore,
    private readonly keys: CustomerKeyStore,
    private readonly ids: EnvelopeContext,
    /** Told after every append, so the projection in this process looks at once. */
    private readonly onAppended: () => void = () => undefined,
  ) {}

  async execute(context: CommandContext, customerId: string, command: CustomerCommand): Promise<CommandResult<CustomerState, CustomerEvent<Personal>>> {
    const { tenantId } = context;
    try {
      const result = await runCommand({
        store: this.store,
        streamId: customerStream(tenantId, customerId),
        fold: async (recorded) =>
          (await this.openAll(recorded, readsValues(command))).reduce((state, { event }) => customerDecider.evolve(state, event), customerDecider.initialState()),
        decide: (state) => customerDecider.decide(command, state),
        evolve: customerDecider.evolve,
        toEnvelopes: async (events) => {
          const key = events.some(hasPersonalValues) ? await this.keys.ensureKey(tenantId, customerId) : null;
          return toEnvelopes(events.map((event) => sealEvent(event, key)), context, { customerId }, this.ids);
        },
      });
      if (result.events.length > 0) this.onAppended();
      return result;
    } catch (error) {
      // The decider sees only state; the id it could not name is this one.
      if (error instanceof CustomerNotFound && error.customerId === null) throw new CustomerNotFound(customerId);
      throw error;
    }
  }

  /** Every event of the customer's stream with its time, personal values opened where the key still exists. */
  async history(tenantId: string, customerId: string): Promise<DatedCustomerEvents['events']> {
    return this.openAll(await this.store.readStream(customerStream(tenantId, customerId)));
  }

  /** The customer's state; with `open` false its personal values read as unreadable and no key is looked up. */
  async load(tenantId: string, customerId: string, open = true): Promise<CustomerState> {
    const history = await this.openAll(await this.store.readStream(customerStream(tenantId, customerId)), open);
    return history.reduce((state, { event }) => customerDecider.evolve(state, event), customerDecider.initialState());
  }

  /** The customer an id stands for now: itself, or where its merges lead (state unopened). Refuses unknown ids. */
  async resolveRoot(tenantId: string, customerId: string): Promise<{ id: string; state: CustomerState }> {
    let id = customerId;
    for (let hops = 0; hops < MAX_REDIRECTS; hops++) {
      // Where an id leads depends on ids alone: nothing to open.
      const state = await this.load(tenantId, id, false);
      if (state.status === 'unknown') throw new CustomerNotFound(customerId);
      if (state.status !== 'merged') return { id, state };
      id = state.mergedInto;
    }
    throw new CustomerMerged(customerId, id);
  }

  /** With `open` false, every personal value reads as unreadable and no key is looked up. */
  private async openAll(recorded: readonly RecordedEvent[], open = true): Promise<{ occurredAt: string; event: CustomerEvent<Personal> }[]> {
    const sealed = recorded.flatMap((entry) => {
      const event = timelineEventOf(entry.event);
      return event && event.type.startsWith('customer.') ? [{ occurredAt: entry.event.occurredAt, event: event as CustomerEvent<SealedField> }] : [];
    });
    const keys = open ? await this.keys.keysById([...new Set(sealed.flatMap(({ event }) => keyIdsOf(event)))]) : new Map<string, never>();
    return sealed.map(({ occurredAt, event }) => ({ occurredAt, event: openEvent(event, keys) as CustomerEvent<Personal> }));
  }
}

/**
 * Whether deciding `command` reads or copies personal values: a merge carries the duplicate's
 * values over, a profile update records only what differs. Every other command decides on ids and
 * hashes alone, so its stream is folded without a key lookup (and `sealEvent` refuses to write an
 * unreadable value back, should that ever change unnoticed).
 */
function readsValues(command: CustomerCommand): boolean {
  return command.type === 'MergeInto' || command.type === 'UpdateProfile';
}
