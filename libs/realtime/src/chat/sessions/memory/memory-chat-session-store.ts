import { CHAT_SESSION_TTL_SECONDS, type ChatSession, type ChatSessionStore } from '../chat-session-store';

/** The embedded adapter: sessions in memory, forgotten after their TTL (checked when read, swept when created). */
export function createMemoryChatSessionStore(clock: () => number = Date.now): ChatSessionStore {
  const sessions = new Map<string, { session: ChatSession; expiresAt: number }>();

  const live = (key: string) => {
    const entry = sessions.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= clock()) {
      sessions.delete(key);
      return null;
    }
    return entry;
  };

  return {
    async create(sessionKey, session) {
      const now = clock();
      for (const [key, entry] of sessions) if (entry.expiresAt <= now) sessions.delete(key);
      sessions.set(sessionKey, { session, expiresAt: now + CHAT_SESSION_TTL_SECONDS * 1000 });
    },
    async get(sessionKey) {
      return live(sessionKey)?.session ?? null;
    },
    async update(sessionKey, change) {
      const entry = live(sessionKey);
      if (!entry) return null;
      entry.session = { ...entry.session, ...change };
      return entry.session;
    },
  };
}
