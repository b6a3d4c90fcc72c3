import type { AgentProfile } from '../model/agent';
import type { Queue } from '../model/queue';

/** The language a contact is best served in, and whether only its speakers may take the contact. */
export interface LanguageWanted {
  readonly language: string;
  /** Set by the queue (`languageRequired`); a contact's own language is only ever a preference. */
  readonly required: boolean;
}

/** How an agent stands to the language wanted: `any` when none is. */
export type LanguageMatch = 'speaks' | 'does-not-speak' | 'lists-none' | 'any';

/**
 * The queue's language when it has one (the admin set the queue up for it), else the contact's.
 * Only a queue can make its language required: a contact whose language nobody free speaks still
 * reaches an agent rather than starving.
 */
export function languageWanted(queue: Pick<Queue, 'language' | 'languageRequired'>, contactLanguage: string | null): LanguageWanted | null {
  if (queue.language) return { language: queue.language, required: queue.languageRequired === true };
  return contactLanguage ? { language: contactLanguage, required: false } : null;
}

// `en`, `EN`, `en-GB` and `en_US` are all English: compared by the main part of the tag.
const mainPart = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

export function languageMatch(profile: Pick<AgentProfile, 'languages'>, wanted: LanguageWanted | null): LanguageMatch {
  if (wanted === null) return 'any';
  if (profile.languages.length === 0) return 'lists-none';
  const main = mainPart(wanted.language);
  return profile.languages.some((language) => mainPart(language) === main) ? 'speaks' : 'does-not-speak';
}

/** The words an admin reads in a decision's candidate list. */
export function describeLanguageMatch(match: LanguageMatch, wanted: LanguageWanted | null): string | null {
  if (wanted === null || match === 'any') return null;
  const qualifier = wanted.required ? ' (required by the queue)' : '';
  if (match === 'speaks') return `speaks ${wanted.language}`;
  if (match === 'lists-none') return `lists no languages, ${wanted.language} wanted${qualifier}`;
  return `does not speak ${wanted.language}${qualifier}`;
}
