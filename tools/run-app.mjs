// Runs one compiled app: `node tools/run-app.mjs <platform|gateway|timeline|router|realtime>`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const APPS = ['platform', 'gateway', 'timeline', 'router', 'realtime'];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2] ?? 'platform';
if (!APPS.includes(name)) {
  process.stderr.write(`unknown app "${name}": one of ${APPS.join(', ')}\n`);
  process.exit(2);
}
const main = resolve(root, 'dist/apps', name, 'src/main.js');
if (!existsSync(main)) {
  process.stderr.write(`${main} is missing: run "npm run build" first\n`);
  process.exit(2);
}
const child = spawn(process.execPath, ['--enable-source-maps', '-r', resolve(root, 'tools/register-paths.cjs'), main], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
