import type Redis from 'ioredis';
import { CHAT_SESSION_TTL_SECONDS, type ChatSession, type ChatSessionStore } from '../chat-session-store';

/**
 * The distributed adapter: one JSON value per session under `<prefix>:chat-session:<hash>`. Updates
 * read and write the whole value: only the customer's own sockets change a session, and the two
 * flags only ever go one way (routed, ended), so a lost race changes nothing that matters.
 */
export function createRedisChatSessionStore(client: Redis, options: { prefix: string }): ChatSessionStore {
  const key = (sessionKey: string) => `${options.prefix}:chat-session:${sessionKey}`;

  return {
    async create(sessionKey, session) {
      await client.set(key(sessionKey), JSON.stringify(session), 'EX', CHAT_SESSION_TTL_SECONDS);
    },
    async get(sessionKey) {
      const raw = await client.get(key(sessionKey));
      return raw === null ? null : (JSON.parse(raw) as ChatSession);
    },
    async update(sessionKey, change) {
      const raw = await client.get(key(sessionKey));
      if (raw === null) return null;
      const session: ChatSession = { ...(JSON.parse(raw) as ChatSession), ...change };
      await client.set(key(sessionKey), JSON.stringify(session), 'KEEPTTL');
      return session;
    },
  };
}
