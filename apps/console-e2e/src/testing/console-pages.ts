import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './api-client';

/** Signs in through the login screen, as a person would, and waits for the landing screen. */
export async function signIn(page: Page, baseUrl: string, email: string, landing: RegExp): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(landing);
}

interface RingScope {
  __rings: number;
  AudioContext: { prototype: { createOscillator(this: unknown): unknown } };
}

/**
 * Counts the ring's oscillators, so a test can tell the offer was heard and not only seen. (Written
 * against `globalThis`: this file is compiled for Node, the function runs in the page.)
 */
export async function countRings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const scope = globalThis as unknown as RingScope;
    scope.__rings = 0;
    const original = scope.AudioContext.prototype.createOscillator;
    scope.AudioContext.prototype.createOscillator = function createOscillator(this: unknown) {
      scope.__rings += 1;
      return original.call(this);
    };
  });
}

export function rings(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as Partial<RingScope>).__rings ?? 0);
}

/** The conversation the agent is looking at (hidden tab panels are not matched by role). */
export function visiblePane(page: Page): Locator {
  return page.getByRole('tabpanel');
}

/** Waits until a text field holds `text` (it may hold more), and returns what it holds. */
export async function waitForValue(field: Locator, text: string, timeoutMs = 15_000): Promise<string> {
  const handle = await field.elementHandle({ timeout: timeoutMs });
  if (!handle) throw new Error('no such field');
  await field.page().waitForFunction(
    ([element, wanted]) => (element as unknown as { value: string }).value.includes(wanted),
    [handle, text] as const,
    { timeout: timeoutMs },
  );
  return field.inputValue();
}
