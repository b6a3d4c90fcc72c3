// `npm start`: installs dependencies if missing, builds, and runs the embedded platform.
// Only node's own modules here: this runs before node_modules exists on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(resolve(root, 'node_modules/.package-lock.json'))) {
  process.stdout.write('Installing dependencies (npm ci)...\n');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}
run(process.execPath, [resolve(root, 'tools/build.mjs')]);
await import('./run-app.mjs');
