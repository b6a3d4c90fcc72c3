/** Who wrote a reply: an agent (their user id), or the self-service bot (`id: null`). */
export interface ReplyAuthor {
  readonly kind: 'agent' | 'bot';
  readonly id: string | null;
}

/** The author of a reply request recorded before `author` existed: only agents requested replies then. */
export const UNKNOWN_AGENT: ReplyAuthor = { kind: 'agent', id: null };
