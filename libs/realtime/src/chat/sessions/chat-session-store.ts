/** A widget conversation as the chat namespace remembers it; the resume token's hash is its key. */
export interface ChatSession {
  readonly tenantId: string;
  readonly conversationId: string;
  /** Our id for the visitor (`chat-visitor:<visitorId>`), made by the server: a client never chooses whose history it joins. */
  readonly visitorId: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly language: string | null;
  readonly startedAt: string;
  /** True once the first message enqueued the contact (a contact gone from routing is then closed, not new). */
  readonly routed: boolean;
  /** Set when the customer left or did not come back within the resume window: the token no longer resumes. */
  readonly endedAt: string | null;
  /** When the customer rated the conversation (once); absent on sessions from before ratings. */
  readonly ratedAt?: string | null;
}

/**
 * The port for widget sessions. Adapters: memory (embedded mode) and Redis (a customer may resume on
 * any realtime instance); one contract suite.
 */
export interface ChatSessionStore {
  create(sessionKey: string, session: ChatSession): Promise<void>;
  get(sessionKey: string): Promise<ChatSession | null>;
  /** Applies the change and returns the session, or null when there is none. */
  update(sessionKey: string, change: Partial<Pick<ChatSession, 'routed' | 'endedAt' | 'ratedAt'>>): Promise<ChatSession | null>;
}

export const CHAT_SESSION_STORE = 'switchboard:realtime:ChatSessionStore';

/** Sessions are kept a day: long enough for a customer who comes back the same day to see it closed. */
export const CHAT_SESSION_TTL_SECONDS = 86_400;
