// Compiles every app and library to dist/ with tsc (decorator metadata included, which NestJS needs).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(resolve(root, 'dist'), { recursive: true, force: true });
process.stdout.write('Building Switchboard (tsc)...\n');
const result = spawnSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  process.stderr.write('Build failed.\n');
  process.exit(result.status ?? 1);
}
process.stdout.write('Build done: dist/\n');
