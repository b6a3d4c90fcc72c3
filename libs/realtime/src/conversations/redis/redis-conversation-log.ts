import type { ConversationMessage } from '@switchboard/contracts';
import type Redis from 'ioredis';
import type { ConversationLog, ReplyAddress } from '../conversation-log';

const DAY_SECONDS = 86_400;
/** Conversations rarely stay open longer; a week keeps what an agent may come back to. */
const LOG_TTL_SECONDS = 7 * DAY_SECONDS;
/** A reply address outlives its messages: customers answer an email weeks later. */
const ADDRESS_TTL_SECONDS = 30 * DAY_SECONDS;

/**
 * The distributed adapter: one list per conversation (`RPUSH` + `LTRIM`), a `SET NX` per message id
 * so a redelivered event is appended once whichever instance consumes it, and the reply address
 * as JSON. Keys are `<prefix>:{<tenant>}:...` so one tenant's keys share a cluster slot.
 */
export function createRedisConversationLog(client: Redis, options: { prefix: string; transcriptLength: number }): ConversationLog {
  const key = (tenantId: string, kind: string, id: string) => `${options.prefix}:{${tenantId}}:${kind}:${id}`;

  return {
    async append(tenantId, conversationId, message) {
      const claimed = await client.set(key(tenantId, 'message', message.messageId), '1', 'EX', LOG_TTL_SECONDS, 'NX');
      if (claimed === null) return false;
      const list = key(tenantId, 'log', conversationId);
      await client
        .multi()
        .rpush(list, JSON.stringify(message))
        .ltrim(list, -options.transcriptLength, -1)
        .expire(list, LOG_TTL_SECONDS)
        .exec();
      return true;
    },
    async recent(tenantId, conversationId) {
      const raw = await client.lrange(key(tenantId, 'log', conversationId), 0, -1);
      return raw.map((item) => JSON.parse(item) as ConversationMessage);
    },
    async setReplyAddress(tenantId, conversationId, address) {
      await client.set(key(tenantId, 'reply-address', conversationId), JSON.stringify(address), 'EX', ADDRESS_TTL_SECONDS);
    },
    async replyAddress(tenantId, conversationId) {
      const raw = await client.get(key(tenantId, 'reply-address', conversationId));
      return raw === null ? null : (JSON.parse(raw) as ReplyAddress);
    },
  };
}
