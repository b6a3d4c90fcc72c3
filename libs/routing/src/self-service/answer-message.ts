import type { KbAnswer } from '../knowledge-base/knowledge-base';

/**
 * The text the bot sends a self-service customer on their channel: the best article (and the second
 * when it ranks nearly as well), each cut to fit a text message, then how to go on. Sized for the
 * smallest provider limit we send to (Instagram, 1,000 characters).
 */
export const MAX_ANSWERS = 2;
/** A second article is sent only when its score is at least this share of the best one's. */
export const SECOND_ANSWER_MIN_RATIO = 0.5;
export const MAX_ARTICLE_CHARS = 320;

/** How to go on, in the answers' language (English when we have none for it). */
export const NEXT_STEP_LINES: Readonly<Record<string, string>> = {
  en: 'Reply YES if this answered your question, or AGENT to talk to a person.',
  fr: 'Répondez OUI si cela répond à votre question, ou AGENT pour parler à une personne.',
  de: 'Antworten Sie JA, wenn das Ihre Frage beantwortet, oder AGENT, um mit einer Person zu sprechen.',
  es: 'Responda SÍ si esto responde a su pregunta, o AGENTE para hablar con una persona.',
};

/** The articles worth sending: the best, and the runner-up only when it is nearly as good. */
export function answersToSend(answers: readonly KbAnswer[]): KbAnswer[] {
  const [best, ...rest] = answers;
  if (!best) return [];
  return [best, ...rest.filter((answer) => answer.score >= best.score * SECOND_ANSWER_MIN_RATIO)].slice(0, MAX_ANSWERS);
}

export function nextStepLine(language: string | null): string {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return NEXT_STEP_LINES[primary] ?? (NEXT_STEP_LINES['en'] as string);
}

/** An article's body cut at a word boundary, with an ellipsis when cut. */
export function excerpt(body: string, maxChars = MAX_ARTICLE_CHARS): string {
  const text = body.trim().replace(/\s+\n/g, '\n');
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const boundary = cut.search(/\s\S*$/);
  return `${(boundary > maxChars / 2 ? cut.slice(0, boundary) : cut).trimEnd()}…`;
}

/** Null when there is nothing to send (no article found). */
export function answerMessage(answers: readonly KbAnswer[], customerLanguage: string | null): string | null {
  const chosen = answersToSend(answers);
  const first = chosen[0];
  if (!first) return null;
  const articles = chosen.map((answer) => `${answer.title}\n${excerpt(answer.body)}`);
  return [...articles, nextStepLine(customerLanguage ?? first.language)].join('\n\n');
}
