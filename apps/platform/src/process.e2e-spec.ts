import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from '@switchboard/testing';

const root = resolve(__dirname, '../../..');
const runApp = resolve(root, 'tools/run-app.mjs');

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function launch(env: Record<string, string>) {
  const child = spawn(process.execPath, [runApp, 'platform'], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolvePromise) => child.on('exit', (code) => resolvePromise({ code, ...output })));
  return { child, output, finished };
}

describe('the platform process (compiled, as `npm start` runs it)', () => {
  beforeAll(() => {
    if (!existsSync(resolve(root, 'dist/apps/platform/src/main.js'))) {
      throw new Error('dist/ is missing: run "npm run build" (npm test does it first)');
    }
  });

  it('exits non-zero naming the bad variable when started with BUS=rabbit', async () => {
    const { finished } = launch({ BUS: 'rabbit', PORT: '0' });
    const result = await finished;
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/BUS="rabbit": BUS must be one of the following values: inprocess, kafka/);
  });

  it('starts, prints how to log in, and drains then exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-process-'));
    try {
      const { child, output, finished } = launch({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
      const url = await waitFor(() => /running \(embedded mode\) at (http:\/\/[^\s]+)/.exec(output.stdout)?.[1], {
        timeoutMs: 60000,
        what: 'the start banner',
      });
      expect(output.stdout).toContain('admin@demo.test');
      expect(output.stdout).toContain('password "switchboard"');
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(200);
      child.kill('SIGTERM');
      const result = await finished;
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('SIGTERM received, draining');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
