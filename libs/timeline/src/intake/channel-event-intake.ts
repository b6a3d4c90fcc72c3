import { contactIdOf, newId, type EventEnvelope } from '@switchboard/contracts';
import { ConversationNotFound, CustomerErased, CustomerMerged, chooseConversation, lookupKeys, planIntake, type IntakePlan, type ThreadRecord } from '@switchboard/timeline-domain';
import type { CommandContext } from '../aggregates/command-context';
import type { ConversationAggregate } from '../aggregates/conversation-aggregate';
import type { IdentityResolver } from '../identity-resolution/identity-resolver';
import type { ContactLinks } from '../contacts/contact-links';
import type { IdentityHasher } from '../personal-data/identity-hasher';
import type { ConversationThreadsRepository } from '../threading/conversation-threads.repository';

export type IntakeOutcome =
  | { readonly kind: 'recorded'; readonly customerId: string; readonly conversationId: string; readonly events: number }
  | { readonly kind: 'ignored'; readonly reason: string };

/**
 * One channel event into the customer's history: resolve the sender, find the conversation by the
 * channel's threading rule, run the conversation's command. Every step is idempotent, so a
 * redelivered event (the bus delivers at least once) records nothing new.
 */
export class ChannelEventIntake {
  constructor(
    private readonly resolver: IdentityResolver,
    private readonly threads: ConversationThreadsRepository,
    private readonly conversations: ConversationAggregate,
    private readonly hasher: IdentityHasher,
    private readonly contacts: ContactLinks,
    private readonly inactivityGapMs: number,
  ) {}

  async handle(event: EventEnvelope): Promise<IntakeOutcome> {
    const intake = planIntake(event);
    if (intake.kind === 'ignore') return { kind: 'ignored', reason: intake.reason };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.take(event, intake.plan);
      } catch (error) {
        // The sender's customer was erased or merged between resolving and recording: resolve again.
        if (attempt >= 3 || !(error instanceof CustomerErased || error instanceof CustomerMerged)) throw error;
      }
    }
  }

  private async take(event: EventEnvelope, plan: IntakePlan): Promise<IntakeOutcome> {
    const context: CommandContext = {
      tenantId: event.tenantId,
      at: new Date(plan.occurredAt),
      cause: { correlationId: event.correlationId, causationId: event.id },
      source: { channel: event.source.channel, provider: 'timeline', ...(event.source.channelId ? { channelId: event.source.channelId } : {}) },
    };
    const contactId = contactIdOf(event);
    // The thread lookup and the sender's resolution do not depend on each other: one round trip's wait, not two.
    const [{ found, contactLink }, resolved] = await Promise.all([
      this.lookUp(event.tenantId, plan, contactId),
      plan.sender.kind === 'thread-only' ? Promise.resolve(null) : this.resolver.resolve(context, plan.sender),
    ]);
    const customerId = plan.sender.kind === 'thread-only' ? threadOwner(plan, found) : resolved;
    if (customerId === null) return { kind: 'ignored', reason: 'no conversation to attach this to' };

    const newConversationId = adoptedId(event, plan) ?? newId();
    const choice = chooseConversation(plan.thread, found, { customerId, at: plan.occurredAt, inactivityGapMs: this.inactivityGapMs, newConversationId });
    let conversationId = choice.conversationId;
    if (choice.kind === 'new') {
      conversationId = await this.threads.claim(event.tenantId, this.hash(event.tenantId, choice.claim.key), choice.claim.expected, { conversationId, customerId, at: context.at });
      if (conversationId === choice.conversationId && choice.replaces !== null) await this.closeReplaced(context, choice.replaces, customerId);
    }
    const result = await this.conversations.execute(context, conversationId, customerId, plan.command({ conversationId, customerId }));
    const stale = choice.kind === 'new' ? [] : choice.keys.filter((key) => needsTouch(found.get(key), conversationId, context.at));
    if (stale.length > 0) await this.threads.touch(event.tenantId, stale.map((key) => this.hash(event.tenantId, key)), { conversationId, customerId, at: context.at });
    // Routing, realtime and the console know this conversation by the contact id: keep it leading here.
    if (contactId !== null && needsTouch(contactLink, conversationId, context.at)) await this.contacts.point(event.tenantId, contactId, { conversationId, customerId, at: context.at });
    return { kind: 'recorded', customerId, conversationId, events: result.events.length };
  }

  /** The thread keys' records and the contact's link, in one query. */
  private async lookUp(tenantId: string, plan: IntakePlan, contactId: string | null): Promise<{ found: Map<string, ThreadRecord>; contactLink: ThreadRecord | undefined }> {
    const keys = lookupKeys(plan.thread);
    const contactHash = contactId === null ? null : this.contacts.keyHash(tenantId, contactId);
    const byHash = await this.threads.find(tenantId, [...keys.map((key) => this.hash(tenantId, key)), ...(contactHash ? [contactHash] : [])]);
    const found = new Map<string, ThreadRecord>();
    for (const key of keys) {
      const record = byHash.get(this.hash(tenantId, key));
      if (record) found.set(key, record);
    }
    return { found, contactLink: contactHash ? byHash.get(contactHash) : undefined };
  }

  /** The sender has been quiet past the gap: the old conversation is over. */
  private async closeReplaced(context: CommandContext, conversationId: string, customerId: string): Promise<void> {
    try {
      await this.conversations.execute(context, conversationId, customerId, { type: 'CloseConversation', data: { reason: 'inactive' } });
    } catch (error) {
      if (!(error instanceof ConversationNotFound)) throw error;
    }
  }

  private hash(tenantId: string, key: string): string {
    return this.hasher.threadKey(tenantId, key);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A web chat names its conversation (the widget's session): the timeline keeps that id, so the
 * widget, routing, realtime and the console all speak of one conversation by one id.
 */
function adoptedId(event: EventEnvelope, plan: IntakePlan): string | null {
  const named = event.subject.conversationId;
  return plan.thread.kind === 'chat' && named !== undefined && UUID.test(named) ? named : null;
}

function threadOwner(plan: IntakePlan, found: ReadonlyMap<string, ThreadRecord>): string | null {
  const [key] = lookupKeys(plan.thread);
  return (key !== undefined ? found.get(key)?.customerId : undefined) ?? null;
}

/**
 * Activity is recorded coarsely: a key already pointing at the conversation, touched less than a
 * minute before this event, is left alone. The inactivity gap is measured in hours, and the write
 * saved is one per message.
 */
const TOUCH_GRANULARITY_MS = 60_000;

function needsTouch(record: ThreadRecord | undefined, conversationId: string, at: Date): boolean {
  if (!record || record.conversationId !== conversationId) return true;
  return at.getTime() - Date.parse(record.lastActivityAt) > TOUCH_GRANULARITY_MS;
}
