import type { EventEnvelope } from '@switchboard/contracts';
import { planContactActivity, type ThreadRecord } from '@switchboard/timeline-domain';
import type { CommandContext } from '../aggregates/command-context';
import type { ConversationCommands } from '../conversations/conversation-commands';
import type { IntakeOutcome } from '../intake/channel-event-intake';
import type { IdentityHasher } from '../personal-data/identity-hasher';
import type { ConversationThreadsRepository } from '../threading/conversation-threads.repository';
import type { ContactLinks } from './contact-links';

export interface ContactActivityTiming {
  /**
   * How long to wait for the contact's conversation to be recorded. Routing decides on the same
   * channel event the timeline records, on another consumer, so its first decision may come first.
   */
  readonly linkWaitMs: number;
  readonly pollMs: number;
}

export const DEFAULT_CONTACT_ACTIVITY_TIMING: ContactActivityTiming = { linkWaitMs: 3000, pollMs: 50 };

/**
 * Replies, notes and routing decisions into the conversation a contact stands for now. Every command
 * is idempotent on redelivery (ids, or "already so"), so the bus may deliver twice. A contact the
 * timeline never recorded a customer event for (a contact routed through the API alone) is ignored
 * with its reason once the wait is over.
 */
export class ContactActivityIntake {
  constructor(
    private readonly links: ContactLinks,
    private readonly commands: ConversationCommands,
    private readonly threads: ConversationThreadsRepository,
    private readonly hasher: IdentityHasher,
    private readonly timing: ContactActivityTiming = DEFAULT_CONTACT_ACTIVITY_TIMING,
  ) {}

  async handle(event: EventEnvelope): Promise<IntakeOutcome> {
    const plan = planContactActivity(event);
    if (plan.kind === 'ignore') return { kind: 'ignored', reason: plan.reason };
    const link = await this.waitForLink(event.tenantId, plan.contactId);
    if (!link) return { kind: 'ignored', reason: 'no conversation recorded for this contact' };
    const context: CommandContext = {
      tenantId: event.tenantId,
      at: new Date(plan.occurredAt),
      cause: { correlationId: event.correlationId, causationId: event.id },
      source: { channel: event.source.channel, provider: 'timeline', ...(event.source.channelId ? { channelId: event.source.channelId } : {}) },
    };
    const { state, events } = await this.commands.follow(context, link.conversationId, plan.commands);
    if (plan.threadKeys.length > 0 && state.status !== 'none') {
      const hashes = plan.threadKeys.map((key) => this.hasher.threadKey(event.tenantId, key));
      await this.threads.touch(event.tenantId, hashes, { conversationId: state.id, customerId: state.customerId, at: context.at });
    }
    return { kind: 'recorded', customerId: state.status === 'none' ? link.customerId : state.customerId, conversationId: link.conversationId, events: events.length };
  }

  private async waitForLink(tenantId: string, contactId: string): Promise<ThreadRecord | null> {
    const deadline = Date.now() + this.timing.linkWaitMs;
    for (;;) {
      const link = await this.links.find(tenantId, contactId);
      if (link || Date.now() >= deadline) return link;
      await new Promise((resolve) => setTimeout(resolve, this.timing.pollMs));
    }
  }
}
