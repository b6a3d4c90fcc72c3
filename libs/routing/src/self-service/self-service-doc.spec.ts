import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEXT_STEP_LINES } from './answer-message';
import { AGENT_WORDS, HELPED_WORDS, NO_WORDS } from './reply-intent';

/** docs/routing.md lists the words the bot understands: they must be the ones it does. */
describe('self-service on messaging channels in docs/routing.md', () => {
  const doc = readFileSync(join(__dirname, '../../../../docs/routing.md'), 'utf8');
  const row = (start: string) => doc.split('\n').find((line) => line.startsWith(`| ${start}`)) ?? '';

  it.each([
    ['up to 8 words with one of', AGENT_WORDS],
    ['a "no" of up to 3 words', NO_WORDS],
    ['only yes and thanks', HELPED_WORDS],
  ] as const)('lists exactly the words of the row "%s"', (start, words) => {
    const listed = (row(start).split('|')[1] ?? '').split(':')[1]?.split(/, optionally with/)[0]?.split(',').map((word) => word.trim()) ?? [];
    expect(new Set(listed)).toEqual(new Set(words));
  });

  it('quotes the line the bot ends its answers with', () => {
    expect(doc).toContain(`*${NEXT_STEP_LINES['en']}*`);
  });
});
