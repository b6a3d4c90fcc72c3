import type { Locator, Page } from 'playwright-core';

/** The widget on /widget-demo; it lives in a shadow root, which Playwright's locators pierce. */
export function widgetOn(page: Page): Locator {
  return page.locator('[data-switchboard-widget-host]');
}

/** A visitor opens the demo site's chat and writes a first message, as a customer would. */
export async function startChat(page: Page, baseUrl: string, text: string): Promise<Locator> {
  await page.goto(`${baseUrl}/widget-demo`);
  const widget = widgetOn(page);
  await widget.getByRole('button', { name: 'Chat with Northwind' }).click();
  await widget.getByLabel('Your message').fill(text);
  await widget.getByRole('button', { name: 'Send' }).click();
  await widget.locator('.msg--customer').filter({ hasText: text }).waitFor();
  return widget;
}
