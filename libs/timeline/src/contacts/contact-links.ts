import { contactLinkKey, type ThreadRecord } from '@switchboard/timeline-domain';
import type { IdentityHasher } from '../personal-data/identity-hasher';
import type { ConversationThreadsRepository } from '../threading/conversation-threads.repository';

/**
 * Which timeline conversation a live contact (routing's id, which the console and realtime use)
 * stands for now. Kept beside the thread keys, hashed like them: a contact id may hold a number.
 */
export class ContactLinks {
  constructor(
    private readonly threads: ConversationThreadsRepository,
    private readonly hasher: IdentityHasher,
  ) {}

  /** The stored key of a contact's link (for lookups made together with thread keys). */
  keyHash(tenantId: string, contactId: string): string {
    return this.hasher.threadKey(tenantId, contactLinkKey(contactId));
  }

  async find(tenantId: string, contactId: string): Promise<ThreadRecord | null> {
    const keyHash = this.keyHash(tenantId, contactId);
    return (await this.threads.find(tenantId, [keyHash])).get(keyHash) ?? null;
  }

  /** A contact's conversation, or the id itself when it names no contact (it is a conversation id then, or nothing). */
  async conversationFor(tenantId: string, id: string): Promise<string> {
    return (await this.find(tenantId, id))?.conversationId ?? id;
  }

  async point(tenantId: string, contactId: string, activity: { conversationId: string; customerId: string; at: Date }): Promise<void> {
    await this.threads.point(tenantId, this.keyHash(tenantId, contactId), activity);
  }
}
