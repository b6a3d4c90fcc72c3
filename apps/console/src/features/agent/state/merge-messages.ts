import type { ConversationMessage } from '@switchboard/contracts/realtime';

/**
 * Adds messages to a conversation's list: one copy per message (a resent or replayed push is
 * dropped; the server's copy replaces our optimistic one with the same clientMessageId), in the
 * order they were sent.
 */
export function mergeMessages(current: readonly ConversationMessage[], incoming: readonly ConversationMessage[]): ConversationMessage[] {
  const byKey = new Map<string, ConversationMessage>();
  for (const message of [...current, ...incoming]) {
    const optimistic = message.clientMessageId ? [...byKey.entries()].find(([, kept]) => kept.clientMessageId === message.clientMessageId) : undefined;
    if (optimistic) byKey.delete(optimistic[0]);
    byKey.set(message.messageId, message);
  }
  return [...byKey.values()].sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.messageId.localeCompare(b.messageId));
}
