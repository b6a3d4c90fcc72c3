import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { consoleDistDir } from '../../../platform/src/serve-console';

/** The tests drive the built console; say how to build it rather than fail on a blank page. */
export function requireBuiltConsole(): void {
  const index = join(consoleDistDir(), 'index.html');
  const widget = join(consoleDistDir(), 'widget.js');
  if (!existsSync(index) || !existsSync(widget)) {
    throw new Error(
      `The console is not built (${existsSync(index) ? widget : index} is missing). Build it first:\n` +
        '  npx vite build --config apps/console/vite.config.ts\n' +
        '(or run `npm run build`, or `npx nx run console-e2e:e2e`, which builds it).',
    );
  }
}
