import type { ConversationMessage } from '@switchboard/contracts';
import type { ConversationLog, ReplyAddress } from '../conversation-log';

interface Entry {
  messages: ConversationMessage[];
  ids: Set<string>;
  address: ReplyAddress | null;
}

/**
 * The embedded adapter: one process, in memory. Holds at most `maxConversations`, forgetting the
 * least recently touched first, so a long-running embedded platform does not grow without bound.
 */
export function createMemoryConversationLog(options: { transcriptLength: number; maxConversations?: number }): ConversationLog {
  const entries = new Map<string, Entry>();
  const maxConversations = options.maxConversations ?? 10_000;
  const keyOf = (tenantId: string, conversationId: string) => `${tenantId}\u0000${conversationId}`;

  function touch(tenantId: string, conversationId: string): Entry {
    const key = keyOf(tenantId, conversationId);
    const entry = entries.get(key) ?? { messages: [], ids: new Set<string>(), address: null };
    entries.delete(key);
    entries.set(key, entry); // re-inserted: Map order is least recently touched first
    for (const oldest of entries.keys()) {
      if (entries.size <= maxConversations) break;
      entries.delete(oldest);
    }
    return entry;
  }

  return {
    async append(tenantId, conversationId, message) {
      const entry = touch(tenantId, conversationId);
      if (entry.ids.has(message.messageId)) return false;
      entry.ids.add(message.messageId);
      entry.messages.push(message);
      while (entry.messages.length > options.transcriptLength) {
        const dropped = entry.messages.shift();
        if (dropped) entry.ids.delete(dropped.messageId);
      }
      return true;
    },
    async recent(tenantId, conversationId) {
      return [...(entries.get(keyOf(tenantId, conversationId))?.messages ?? [])];
    },
    async setReplyAddress(tenantId, conversationId, address) {
      touch(tenantId, conversationId).address = address;
    },
    async replyAddress(tenantId, conversationId) {
      return entries.get(keyOf(tenantId, conversationId))?.address ?? null;
    },
  };
}
