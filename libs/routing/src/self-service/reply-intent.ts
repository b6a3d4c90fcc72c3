/**
 * What a customer in self-service on a messaging channel means by a short reply. The word lists are
 * kept small on purpose (English, French, German, Spanish) and documented in docs/routing.md:
 * anything else is a new question, and a question the knowledge base cannot answer goes to an agent
 * anyway, so a word missing here never strands a customer.
 */
export type ReplyIntent = 'agent' | 'helped' | 'question';

/** Asking for a person. */
export const AGENT_WORDS: ReadonlySet<string> = new Set([
  'agent', 'agente', 'human', 'humain', 'humano', 'mensch', 'person', 'persona', 'personne', 'operator', 'operateur', 'operador', 'mitarbeiter', 'conseiller',
]);

/** "No" to "did this answer your question?": the answer did not help, so a person takes over. */
export const NO_WORDS: ReadonlySet<string> = new Set(['no', 'non', 'nein', 'nope']);

/** "Yes" and thanks: the answer helped. */
export const HELPED_WORDS: ReadonlySet<string> = new Set([
  'yes', 'y', 'yeah', 'yep', 'thanks', 'thank', 'thx', 'helped', 'solved', 'oui', 'merci', 'ja', 'danke', 'dank', 'si', 'gracias', '👍',
]);

/** Words that may accompany a yes without changing it ("thank you very much", "merci beaucoup"). */
const FILLER_WORDS: ReadonlySet<string> = new Set(['you', 'it', 'did', 'that', 'so', 'much', 'very', 'a', 'lot', 'beaucoup', 'vielen', 'muchas']);

/** Longer than this, a message is a question even if it names a person ("my agent code does not work and …"). */
const MAX_AGENT_REQUEST_WORDS = 8;

/** The words of the reply's first non-empty line (an email reply quotes our answer below it), lower case, without accents. */
export function replyWords(text: string | null): string[] {
  const firstLine = (text ?? '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return firstLine
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}👍]+/u)
    .filter((word) => word !== '');
}

export function replyIntentOf(text: string | null): ReplyIntent {
  const words = replyWords(text);
  if (words.length === 0) return 'question';
  if (words.length <= MAX_AGENT_REQUEST_WORDS && words.some((word) => AGENT_WORDS.has(word))) return 'agent';
  if (words.length <= 3 && NO_WORDS.has(words[0] ?? '')) return 'agent';
  if (words.some((word) => HELPED_WORDS.has(word)) && words.every((word) => HELPED_WORDS.has(word) || FILLER_WORDS.has(word))) return 'helped';
  return 'question';
}
