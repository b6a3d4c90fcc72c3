import type { Page } from 'playwright-core';
import { waitFor } from '@switchboard/testing';
import { expectStatus, login } from './testing/api-client';
import { describeWithChromium, launchBrowser, type TestBrowser } from './testing/browser';
import { requireBuiltConsole } from './testing/console-dist';
import { signIn, visiblePane } from './testing/console-pages';
import { startPlatform, type TestPlatform } from './testing/platform';
import { screenshot, stepsWithEvidence } from './testing/screenshots';
import { widgetOn } from './testing/widget-visitor';

const ADMIN_PAGES = ['/admin', '/admin/agents', '/admin/queues', '/admin/articles', '/admin/channels', '/admin/users'];

describeWithChromium('the console: signing in and who may open what', () => {
  let platform: TestPlatform;
  let browser: TestBrowser;
  const step = stepsWithEvidence('role-guard', () => browser);

  beforeAll(async () => {
    requireBuiltConsole();
    platform = await startPlatform();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  step('tells a new user how to sign in and try a conversation, and refuses a wrong password', async () => {
    const page = await browser.newPage();
    await page.goto(`${platform.url}/`);
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { name: 'Sign in to Switchboard' }).waitFor();
    await page.getByRole('heading', { name: 'Try a conversation' }).waitFor();
    await page.getByRole('link', { name: 'widget demo page' }).waitFor();
    await page.getByText('agent1@demo.test').first().waitFor();
    await screenshot(page, 'login');

    await page.getByLabel('Email').fill('agent1@demo.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    await page.close();
  });

  step('the first screen’s recipe works on a fresh demo tenant: agent 1, the widget demo page, a reply', async () => {
    const agent = await browser.newPage();
    await agent.goto(`${platform.url}/login`);
    // The help's link opens the demo site in a new tab, as a new user would.
    const [visitor] = await Promise.all([browser.context.waitForEvent('page'), agent.getByRole('link', { name: 'widget demo page' }).click()]);
    await agent.getByRole('button', { name: 'agent1@demo.test' }).click();
    expect(await agent.getByLabel('Password').inputValue()).toBe('switchboard');
    await agent.getByRole('button', { name: 'Sign in' }).click();
    await agent.waitForURL(/\/agent$/);
    await agent.getByRole('radio', { name: 'Available' }).click();
    await agent.getByText('You are available').waitFor();

    await visitor.waitForURL(/\/widget-demo$/);
    const widget = widgetOn(visitor);
    await widget.getByRole('button', { name: 'Chat with Northwind' }).click();
    await widget.getByLabel('Your message').fill('Hello, is anyone there?');
    await widget.getByLabel('Your message').press('Enter');
    // No queue and no article yet: the chat goes straight to the tenant's default queue.
    await widget.getByText('Waiting for the next available agent').waitFor();
    await agent.getByTestId('offer').getByRole('button', { name: 'Accept' }).click();
    await visiblePane(agent).getByRole('list', { name: 'Messages' }).getByText('Hello, is anyone there?').waitFor();
    await visiblePane(agent).getByLabel('Reply to the customer').fill('Yes! How can I help?');
    await visiblePane(agent).getByLabel('Reply to the customer').press('Enter');
    await widget.locator('.msg--agent').filter({ hasText: 'Yes! How can I help?' }).waitFor();
    await visiblePane(agent).getByRole('button', { name: 'Wrap up' }).click();
    await visiblePane(agent).getByRole('button', { name: 'Finish conversation' }).click();
    await widget.getByText('This conversation has ended').waitFor();
    await visitor.close();
    await agent.close();
  });

  step('never lets an agent open the admin pages: no link, a "not allowed" screen, and the API refuses', async () => {
    const page = await browser.newPage();
    await signIn(page, platform.url, 'agent1@demo.test', /\/agent$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Workspace' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Wallboard' }).count()).toBe(0);

    for (const path of ADMIN_PAGES) {
      await page.goto(`${platform.url}${path}`);
      await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Admin sections' }).count()).toBe(0);
    }
    await screenshot(page, 'not-allowed');
    await page.goto(`${platform.url}/wallboard`);
    await page.getByRole('heading', { name: 'Not allowed' }).waitFor();

    const agent = await login(platform.url, 'agent1@demo.test');
    await expectStatus(platform.url, 'GET', '/api/users', agent.token, 403);
    await expectStatus(platform.url, 'POST', '/api/users', agent.token, 403, { email: 'x@demo.test', password: 'password-1', role: 'admin' });
    await expectStatus(platform.url, 'PUT', '/api/routing/queues/sneaky', agent.token, 403, { name: 'Sneaky', channels: ['chat'] });
    await expectStatus(platform.url, 'GET', '/api/channels', agent.token, 403);
    await page.close();
  });

  step('sends a signed-out visitor of a guarded page to sign in, and back there afterwards', async () => {
    const page = await browser.newPage();
    await page.goto(`${platform.url}/admin/users`);
    await page.waitForURL(/\/login$/);
    await page.getByLabel('Email').fill('admin@demo.test');
    await page.getByLabel('Password').fill('switchboard');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('heading', { name: 'Users & roles' }).waitFor();
    await page.close();
  });

  step('keeps the session across a reload and ends it on sign out', async () => {
    const page = await browser.newPage();
    await signIn(page, platform.url, 'supervisor@demo.test', /\/wallboard$/);
    await page.reload();
    await page.getByRole('heading', { name: 'Wallboard', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${platform.url}/wallboard`);
    await page.waitForURL(/\/login$/);
    await page.close();
  });

  describe('an admin', () => {
    let page: Page;

    beforeAll(async () => {
      page = await browser.newPage();
      await signIn(page, platform.url, 'admin@demo.test', /\/admin\/agents$/);
    }, 60_000);

    afterAll(async () => {
      await page?.close();
    });

    step('connects a channel and gets the webhook URL to paste at the provider', async () => {
      await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Channels' }).click();
      await page.getByRole('heading', { name: 'Channels', level: 2 }).waitFor();
      await page.getByRole('heading', { name: 'Connect a channel' }).waitFor();
      const urls = page.getByLabel('Webhook URL (paste it at the provider)');
      // Wait for the list (or its empty state) before counting what is there: the demo tenant may have channels.
      await page.locator('.cards, .state--empty').first().waitFor();
      const before = await urls.count();
      await page.getByLabel('Provider', { exact: true }).selectOption('telegram');
      await page.getByLabel('secretToken', { exact: true }).fill('e2e-telegram-secret-token');
      await page.getByRole('button', { name: 'Connect channel' }).click();
      await urls.nth(before).waitFor();
      const webhookUrls = await Promise.all((await urls.all()).map((input) => input.inputValue()));
      expect(webhookUrls).toHaveLength(before + 1);
      for (const url of webhookUrls) expect(url).toMatch(/\/webhooks\/[^/]+$/);
      await page.getByRole('heading', { name: 'Telegram' }).first().waitFor();
      await screenshot(page, 'admin-channels', { fullPage: true });
    });

    step('lists the users with their roles and adds one', async () => {
      await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Users & roles' }).click();
      await page.getByRole('cell', { name: 'agent5@demo.test', exact: true }).waitFor();
      await page.getByLabel('Email').fill('agent6@demo.test');
      await page.getByLabel('Display name (optional)').fill('Agent Six');
      await page.getByLabel('Initial password (at least 8 characters)').fill('agent6-password');
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByRole('cell', { name: 'agent6@demo.test', exact: true }).waitFor();
      // Promoted to supervisor: the server's answer is what the row then shows.
      await page.getByLabel('Role of agent6@demo.test').selectOption('supervisor');
      const admin = await login(platform.url, 'admin@demo.test');
      await waitFor(async () => {
        const users = await expectStatus<{ email: string; role: string }[]>(platform.url, 'GET', '/api/users', admin.token, 200);
        return users.find((user) => user.email === 'agent6@demo.test')?.role === 'supervisor';
      }, { what: 'agent6 to be a supervisor' });
      expect(await page.getByLabel('Role of agent6@demo.test').inputValue()).toBe('supervisor');
      await screenshot(page, 'admin-users');
    });

    step('writes and publishes a knowledge-base article', async () => {
      await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Knowledge base' }).click();
      await page.getByRole('button', { name: 'New article' }).click();
      await page.getByLabel('Title').fill('Track your parcel');
      await page.getByLabel('Tags (comma-separated)').fill('delivery, tracking');
      await page.getByLabel('Answer').fill('Open “My orders” and choose “Track” next to the order: you see where your parcel is.');
      await page.getByRole('button', { name: 'Save article' }).click();
      await page.getByRole('button', { name: 'Publish “Track your parcel”' }).click();
      await page.getByRole('button', { name: 'Unpublish “Track your parcel”' }).waitFor();

      await page.getByRole('button', { name: 'Edit “Track your parcel”' }).click();
      await page.getByLabel('Title').fill('Tracking your parcel');
      await page.getByRole('button', { name: 'Save article' }).click();
      const row = page.getByRole('row', { name: /Tracking your parcel/ });
      await row.getByText('Published').waitFor();
      await row.getByText(/rev\. 2/).waitFor();
      await screenshot(page, 'admin-articles');
    });

    step('creates a queue with a service-level target and an overflow step', async () => {
      await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Queues' }).click();
      await page.getByRole('button', { name: 'New queue' }).click();
      await page.getByLabel('Id (lower-case letters, digits, - and _)').fill('billing');
      await page.getByLabel('Name').fill('Billing');
      await page.getByRole('button', { name: 'Add a skill' }).click();
      await page.getByLabel('Skill 1', { exact: true }).fill('billing');
      await page.getByRole('button', { name: 'Add a step' }).click();
      await screenshot(page, 'admin-queue-form', { fullPage: true });
      await page.getByRole('button', { name: 'Save queue' }).click();
      await page.getByRole('rowheader', { name: /Billing/ }).waitFor();
      await page.getByRole('cell', { name: 'billing ≥ 5' }).waitFor();
      await page.getByRole('cell', { name: '60 s: relax-skills' }).waitFor();
      await screenshot(page, 'admin-queues');
    });

    step('edits a queue, then deletes one', async () => {
      await page.getByRole('button', { name: 'New queue' }).click();
      await page.getByLabel('Id (lower-case letters, digits, - and _)').fill('spare');
      await page.getByLabel('Name').fill('Spare');
      await page.getByRole('button', { name: 'Save queue' }).click();
      await page.getByRole('rowheader', { name: /Spare/ }).waitFor();

      await page.getByRole('button', { name: 'Edit queue Billing' }).click();
      await page.getByLabel('Service level: % answered…').fill('90');
      await page.getByRole('button', { name: 'Save queue' }).click();
      await page.getByRole('cell', { name: '90% in 20 s' }).waitFor();

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Delete queue Spare' }).click();
      await page.getByRole('rowheader', { name: /Spare/ }).waitFor({ state: 'detached' });
    });

    step("sets an agent's skills and capacities", async () => {
      await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Agents' }).click();
      await page.getByRole('button', { name: 'Edit the routing profile of Agent 1' }).click();
      await page.getByRole('button', { name: 'Add a skill' }).click();
      await page.getByLabel('Skill 1', { exact: true }).fill('billing');
      await page.getByLabel('chat', { exact: true }).fill('2');
      await screenshot(page, 'admin-agent-form', { fullPage: true });
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.getByRole('cell', { name: 'billing 5' }).waitFor();
      await screenshot(page, 'admin-agents');
    });
  });
});
