// Compiles every app and library to dist/ with tsc (decorator metadata included, which NestJS needs).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
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
// The console (React + Vite) builds to apps/console/dist, which the platform serves at `/`.
const consoleConfig = resolve(root, 'apps/console/vite.config.ts');
if (existsSync(consoleConfig)) {
  process.stdout.write('Building the console (vite)...\n');
  const vite = spawnSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', consoleConfig, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (vite.status !== 0) {
    process.stderr.write('Console build failed.\n');
    process.exit(vite.status ?? 1);
  }
}
process.stdout.write('Build done: dist/ and apps/console/dist/\n');
