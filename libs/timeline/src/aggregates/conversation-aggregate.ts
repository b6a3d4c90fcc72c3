import { conversationStream, isConversationEventType, type ConversationEvent, type EnvelopeContext, type SealedField } from '@switchboard/contracts';
import type { EventStore, RecordedEvent } from '@switchboard/infra-event-store';
import { ConversationNotFound, conversationDecider, foldConversation, type ConversationCommand, type ConversationState } from '@switchboard/timeline-domain';
import type { CustomerKeyStore } from '../personal-data/customer-key-store';
import { hasPersonalValues, sealEvent } from '../personal-data/event-sealing';
import type { CommandContext } from './command-context';
import { runCommand, type CommandResult } from './run-command';
import { toEnvelopes } from './timeline-envelopes';

function conversationEvents(recorded: readonly RecordedEvent[]): ConversationEvent<SealedField>[] {
  return recorded.flatMap(({ event }) => (isConversationEventType(event.type) ? [{ type: event.type, data: event.payload } as unknown as ConversationEvent<SealedField>] : []));
}

/**
 * The conversation aggregate on the event store. Its decisions never depend on personal values, so
 * its stream is folded as stored, without opening anything; new values are sealed with the key of
 * the customer the conversation belongs to now (`sealFor`).
 */
export class ConversationAggregate {
  constructor(
    private readonly store: EventStore,
    private readonly keys: CustomerKeyStore,
    private readonly ids: EnvelopeContext,
    /** Told after every append, so the projection in this process looks at once. */
    private readonly onAppended: () => void = () => undefined,
  ) {}

  async execute(
    context: CommandContext,
    conversationId: string,
    sealFor: string,
    command: ConversationCommand,
  ): Promise<CommandResult<ConversationState, ConversationEvent<string>>> {
    return this.executeAll(context, conversationId, sealFor, [command]);
  }

  /**
   * Several commands decided one after the other on the state each leaves, recorded in one append
   * (imports of history, benchmarks). All or nothing: a refusal of any records none.
   */
  async executeAll(
    context: CommandContext,
    conversationId: string,
    sealFor: string,
    commands: readonly ConversationCommand[],
  ): Promise<CommandResult<ConversationState, ConversationEvent<string>>> {
    const { tenantId } = context;
    try {
      const result = await runCommand<ConversationState, ConversationEvent<string>>({
        store: this.store,
        streamId: conversationStream(tenantId, conversationId),
        fold: (recorded) => foldConversation(conversationEvents(recorded)),
        decide: (state) => {
          const decided: ConversationEvent<string>[] = [];
          let current = state;
          for (const command of commands) {
            const events = conversationDecider.decide(command, current);
            decided.push(...events);
            current = events.reduce<ConversationState>((folded, event) => conversationDecider.evolve(folded, event), current);
          }
          return decided;
        },
        evolve: (state, event) => conversationDecider.evolve(state, event),
        toEnvelopes: async (events) => {
          const key = events.some(hasPersonalValues) ? await this.keys.ensureKey(tenantId, sealFor) : null;
          return toEnvelopes(events.map((event) => sealEvent(event, key)), context, { conversationId, customerId: sealFor }, this.ids);
        },
      });
      if (result.events.length > 0) this.onAppended();
      return result;
    } catch (error) {
      if (error instanceof ConversationNotFound && error.conversationId === null) throw new ConversationNotFound(conversationId);
      throw error;
    }
  }

  async load(tenantId: string, conversationId: string): Promise<ConversationState> {
    return foldConversation(conversationEvents(await this.store.readStream(conversationStream(tenantId, conversationId))));
  }
}
