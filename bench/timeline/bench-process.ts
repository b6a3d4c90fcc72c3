import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface BenchProcess {
  readonly url: string;
  readonly admin: { readonly email: string; readonly password: string } | null;
  stop(): Promise<void>;
}

/** Starts a bench server (bench-server.ts) in a process of its own, with this process's `-r` hooks. */
export function spawnBenchServer(env: Readonly<Record<string, string>>): Promise<BenchProcess> {
  const child = spawn(process.execPath, [...process.execArgv, join(__dirname, 'bench-server.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    child.once('exit', (code) => reject(new Error(`bench server (${env['BENCH_ROLE']}) exited with ${code} before listening`)));
    lines.once('line', (line) => {
      const started = JSON.parse(line) as { url: string; admin: BenchProcess['admin'] };
      resolve({
        ...started,
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
