import { newId } from '@switchboard/contracts';
import { ConversationNotFound, type ConversationCommand, type ConversationState } from '@switchboard/timeline-domain';
import type { CommandContext } from '../aggregates/command-context';
import type { ConversationAggregate } from '../aggregates/conversation-aggregate';
import type { CustomerAggregate } from '../aggregates/customer-aggregate';
import type { Actor } from '../customers/customer-commands';

export interface ConversationChanges {
  readonly note?: string;
  readonly addTags?: readonly string[];
  readonly removeTags?: readonly string[];
}

/**
 * Commands on a conversation from outside the channels: agents' notes and tags here, and routing's
 * queue/offer/assign/transfer/wrap-up/close through `execute`. New personal values (a note) are
 * sealed with the key of the customer the conversation belongs to now.
 */
export class ConversationCommands {
  constructor(
    private readonly conversations: ConversationAggregate,
    private readonly customers: CustomerAggregate,
  ) {}

  async change(actor: Actor, conversationId: string, changes: ConversationChanges): Promise<ConversationState> {
    let state: ConversationState | null = null;
    if (changes.note !== undefined) state = await this.execute(actor, conversationId, { type: 'AddNote', data: { noteId: newId(), authorId: actor.userId, text: changes.note } });
    if (changes.addTags?.length || changes.removeTags?.length) {
      state = await this.execute(actor, conversationId, {
        type: 'TagConversation',
        data: { add: changes.addTags ?? [], remove: changes.removeTags ?? [], byUserId: actor.userId },
      });
    }
    return state ?? (await this.existing(actor.tenantId, conversationId));
  }

  async execute(actor: Actor, conversationId: string, command: ConversationCommand): Promise<ConversationState> {
    const current = await this.existing(actor.tenantId, conversationId);
    if (current.status === 'none') throw new ConversationNotFound(conversationId);
    const owner = await this.customers.resolveRoot(actor.tenantId, current.customerId);
    const context: CommandContext = { tenantId: actor.tenantId, at: actor.at };
    return (await this.conversations.execute(context, conversationId, owner.id, command)).state;
  }

  /**
   * Commands from the contact's live handling (replies, notes, routing), decided together and
   * recorded in one append: all or none.
   */
  async follow(context: CommandContext, conversationId: string, commands: readonly ConversationCommand[]): Promise<{ state: ConversationState; events: readonly unknown[] }> {
    const current = await this.existing(context.tenantId, conversationId);
    if (current.status === 'none') throw new ConversationNotFound(conversationId);
    const owner = await this.customers.resolveRoot(context.tenantId, current.customerId);
    const result = await this.conversations.executeAll(context, conversationId, owner.id, commands);
    return { state: result.state, events: result.events };
  }

  private async existing(tenantId: string, conversationId: string): Promise<ConversationState> {
    const state = await this.conversations.load(tenantId, conversationId);
    if (state.status === 'none') throw new ConversationNotFound(conversationId);
    return state;
  }
}
