import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`), never a downloaded one. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The project's flags for Chromium on its machines (docs/testing.md), plus a silent ring. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The offer's ring is counted by the tests (console-pages.ts), not heard by whoever runs them.
  '--mute-audio',
];

/** Why the browser tests cannot run here, or null when Chromium is there to run them. */
export function chromiumMissing(path = CHROMIUM_PATH): string | null {
  try {
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    return `Chromium is not installed at ${path} (install it with "apt-get update && apt-get install -y chromium", or set CHROMIUM_PATH)`;
  }
}

/**
 * `describe` for browser suites, as `describeWithServices` is for suites that need PostgreSQL,
 * Redis or Kafka: without Chromium the suite FAILS under CI=true, saying what to install, and is
 * skipped loudly elsewhere.
 */
export function describeWithChromium(name: string, body: () => void): void {
  const missing = chromiumMissing();
  if (missing === null) {
    describe(name, body);
    return;
  }
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('has Chromium to drive', () => {
        throw new Error(`${missing}; CI=true requires the browser tests to run`);
      });
    });
    return;
  }
  console.warn(`SKIPPED "${name}": ${missing}`);
  describe.skip(`${name} [SKIPPED: ${missing}]`, body);
}

export interface TestBrowser {
  readonly context: BrowserContext;
  /** A new tab; each tab has its own sessionStorage, so each can be signed in as someone else. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with a fresh user-data-dir, thrown away on close. */
export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'switchboard-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      viewport: { width: 1440, height: 900 },
      // Clock and locale fixed, so screenshots read alike on every machine.
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(15_000);
  // Chromium opens with one blank tab: the first page asked for is that one.
  let blank: Page | undefined = context.pages()[0];
  return {
    context,
    async newPage() {
      const page = blank ?? (await context.newPage());
      blank = undefined;
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
