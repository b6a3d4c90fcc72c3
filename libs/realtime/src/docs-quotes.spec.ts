import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');
const contracts = join(root, 'libs/contracts/src/realtime');
const page = readFileSync(join(root, 'docs/realtime.md'), 'utf8');
const sources = readdirSync(contracts)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join(contracts, file), 'utf8'))
  .join('\n');

/** The declarations docs/realtime.md quotes: every `ts` block's chunks that start as code does. */
function quotedDeclarations(): string[] {
  const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) => block.split('\n\n').map((chunk) => chunk.trim())).filter((chunk) => chunk.startsWith('export ') || chunk.startsWith('/**'));
}

describe('docs/realtime.md', () => {
  it('quotes the typed event maps of every namespace', () => {
    for (const map of ['AgentServerToClientEvents', 'AgentClientToServerEvents', 'SupervisorServerToClientEvents', 'SupervisorClientToServerEvents', 'ChatServerToClientEvents', 'ChatClientToServerEvents']) {
      expect(page).toContain(`export interface ${map} {`);
    }
  });

  it('quotes them exactly as libs/contracts/src/realtime has them', () => {
    const quoted = quotedDeclarations();
    expect(quoted.length).toBeGreaterThan(10);
    for (const declaration of quoted) expect(sources.includes(declaration) ? 'verbatim' : declaration).toBe('verbatim');
  });
});
