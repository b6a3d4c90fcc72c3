import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '@switchboard/runtime';
import { platformApp } from '../../../platform/src/platform.app';

export interface TestPlatform {
  readonly app: RunningApp;
  readonly url: string;
  close(): Promise<void>;
}

/** The embedded platform in this process, on a free port, with its data in a temporary directory. */
export async function startPlatform(): Promise<TestPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-console-e2e-'));
  // Without the start banner (how to log in): the test output is about the tests.
  const app = await startApp({ ...platformApp, onListening: undefined }, { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, port: 0 });
  return {
    app,
    url: app.url,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
