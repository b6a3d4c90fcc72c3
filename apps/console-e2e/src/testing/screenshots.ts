import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestBrowser } from './browser';

const root = resolve(__dirname, '../../../..');
/** Git-ignored (`artifacts/` in .gitignore); CI keeps this folder as the run's artifacts. */
export const ARTIFACTS_DIR = join(root, 'apps/console-e2e/artifacts');
const screens = join(ARTIFACTS_DIR, 'screenshots');
const failures = join(ARTIFACTS_DIR, 'failures');
const docs = join(root, 'docs/console');

/**
 * `CONSOLE_SCREENSHOTS_TO_DOCS=1` also copies each screenshot into docs/console/, which
 * docs/console.md shows. Off by default: screenshots differ on every run (clocks, ids), and a test
 * run must not rewrite tracked files.
 */
const toDocs = process.env['CONSOLE_SCREENSHOTS_TO_DOCS'] === '1';

/** Saves a screenshot of one main screen as a test artifact (and into the docs when asked to). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(screens, { recursive: true });
  const file = join(screens, `${name}.png`);
  // Caret and animations stopped: the offer's pulse and a blinking cursor make no two runs alike.
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
  if (toDocs) {
    mkdirSync(docs, { recursive: true });
    copyFileSync(file, join(docs, `${name}.png`));
  }
}

const slug = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);

/** Every open tab as it was when a step failed, to see what the test saw. */
async function saveFailureEvidence(browser: TestBrowser, dir: string, step: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const pages = browser.context.pages();
  await Promise.all(
    pages.map((page, index) =>
      page.screenshot({ path: join(dir, `${slug(step)}-tab${index + 1}.png`), fullPage: true }).catch((error: unknown) => {
        // A crashed or closed tab has nothing to show; say so rather than hide the step's own error.
        console.warn(`no failure screenshot of tab ${index + 1} (${page.url()}): ${String(error)}`);
      }),
    ),
  );
}

/**
 * `it`, saving a screenshot of every tab under artifacts/failures/<suite>/ when the step fails (the
 * error is rethrown untouched). The suite's folder is emptied first, so it only ever holds this
 * run's failures.
 */
export function stepsWithEvidence(suite: string, browser: () => TestBrowser | undefined) {
  const dir = join(failures, slug(suite));
  rmSync(dir, { recursive: true, force: true });
  return (name: string, body: () => Promise<void>, timeoutMs?: number): void => {
    it(
      name,
      async () => {
        try {
          await body();
        } catch (error) {
          const open = browser();
          if (open) await saveFailureEvidence(open, dir, name);
          throw error;
        }
      },
      timeoutMs,
    );
  };
}
