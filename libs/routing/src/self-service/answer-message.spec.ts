import type { KbAnswer } from '../knowledge-base/knowledge-base';
import { MAX_ARTICLE_CHARS, answerMessage, answersToSend, excerpt, nextStepLine } from './answer-message';

const answer = (articleId: string, score: number, extra: Partial<KbAnswer> = {}): KbAnswer => ({
  articleId,
  title: `Title ${articleId}`,
  language: 'en',
  body: `Body of ${articleId}.`,
  score,
  ...extra,
});

describe('the self-service answer sent on a messaging channel', () => {
  it('given a clear best article, then only it is sent, followed by how to go on', () => {
    expect(answerMessage([answer('refunds', 9), answer('shipping', 2)], null)).toBe(
      'Title refunds\nBody of refunds.\n\nReply YES if this answered your question, or AGENT to talk to a person.',
    );
  });

  it('given a runner-up nearly as good, then both are sent, never more than two', () => {
    expect(answersToSend([answer('a', 10), answer('b', 6), answer('c', 5.5)]).map((chosen) => chosen.articleId)).toEqual(['a', 'b']);
  });

  it('given no article, then there is nothing to send', () => {
    expect(answerMessage([], 'en')).toBeNull();
  });

  it("speaks the customer's language when known, else the article's, else English", () => {
    expect(answerMessage([answer('fr-1', 3, { language: 'fr' })], null)).toMatch(/Répondez OUI .* AGENT pour parler à une personne\.$/);
    expect(nextStepLine('de-AT')).toMatch(/^Antworten Sie JA/);
    expect(nextStepLine('pt')).toBe(nextStepLine('en'));
  });

  it('cuts a long article at a word boundary so the message fits a text message', () => {
    const long = excerpt('word '.repeat(200));
    expect(long.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(long).toMatch(/word…$/);
    const message = answerMessage([answer('a', 10, { body: 'x '.repeat(600), title: 'T'.repeat(80) }), answer('b', 9, { body: 'y '.repeat(600), title: 'U'.repeat(80) })], null);
    expect(message?.length).toBeLessThanOrEqual(1000);
  });
});
