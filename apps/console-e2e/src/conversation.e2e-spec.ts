import type { Page } from 'playwright-core';
import { login, setUpSelfService } from './testing/api-client';
import { describeWithChromium, launchBrowser, type TestBrowser } from './testing/browser';
import { requireBuiltConsole } from './testing/console-dist';
import { countRings, rings, signIn, visiblePane, waitForValue } from './testing/console-pages';
import { startPlatform, type TestPlatform } from './testing/platform';
import { screenshot, stepsWithEvidence } from './testing/screenshots';
import { widgetOn } from './testing/widget-visitor';

const QUESTION = 'How do I return my boots?';
const ARTICLE = { title: 'Returning an item', body: 'You can return boots and any other item within 30 days: open My orders and choose Return.', tags: ['return', 'refund', 'boots'] };
const GREETING = 'Hello, this is Agent 1.';
const NOTE = 'Wants the refund on the original card.';

/**
 * The whole path of one conversation through the console, in one browser with three tabs: the
 * visitor on /widget-demo, agent 1 in the workspace, the supervisor on the wallboard. Steps run in
 * order and share the tabs, as the people would.
 */
describeWithChromium('a conversation from the chat widget to the agent and back', () => {
  let platform: TestPlatform;
  let browser: TestBrowser;
  let visitor: Page;
  let agent: Page;
  let supervisor: Page;
  let queueId: string;
  const step = stepsWithEvidence('conversation', () => browser);

  const widget = () => widgetOn(visitor);
  const agentMessages = () => widget().locator('.msg--agent');

  beforeAll(async () => {
    requireBuiltConsole();
    platform = await startPlatform();
    const admin = await login(platform.url, 'admin@demo.test');
    ({ queueId } = await setUpSelfService(platform.url, admin, ARTICLE));
    browser = await launchBrowser();
    agent = await browser.newPage();
    await countRings(agent);
    visitor = await browser.newPage();
    supervisor = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  step('agent 1 signs in and becomes available', async () => {
    await signIn(agent, platform.url, 'agent1@demo.test', /\/agent$/);
    await agent.getByText('Set yourself Available to receive contacts.').waitFor();
    await agent.getByRole('radio', { name: 'Available' }).click();
    await agent.getByText('You are available').waitFor();
    await screenshot(agent, 'agent-workspace-available');
  });

  step('a visitor asks the widget a question and sees a knowledge-base suggestion', async () => {
    await visitor.goto(`${platform.url}/widget-demo`);
    await visitor.getByRole('heading', { name: 'Gear for every trail' }).waitFor();
    await widget().getByRole('button', { name: 'Chat with Northwind' }).click();
    await widget().getByLabel('Your name (optional)').fill('Dana Visitor');
    await widget().getByLabel('Your message').fill(QUESTION);
    await widget().getByRole('button', { name: 'Send' }).click();
    await widget().getByText(ARTICLE.title).waitFor();
    await widget().getByText('Here are some answers').waitFor();
    // Name and email are asked only before the first message.
    await widget().getByLabel('Your name (optional)').waitFor({ state: 'hidden' });
    await screenshot(visitor, 'widget-suggestion');
  });

  step('asks for a person; the offer rings for agent 1 with a countdown, and agent 1 accepts it', async () => {
    await widget().getByRole('button', { name: 'Talk to a person' }).first().click();
    await widget().getByText('Waiting for the next available agent').waitFor();

    const offer = agent.getByTestId('offer');
    await offer.getByRole('heading', { name: 'Incoming chat contact' }).waitFor();
    // Heard (the ring's oscillators), seen (the card, the tab title) and timed (the countdown).
    expect(await rings(agent)).toBeGreaterThan(0);
    expect(await agent.title()).toContain('Incoming contact');
    const countdown = offer.getByRole('progressbar', { name: /seconds left to answer/ });
    const left = Number((await countdown.getAttribute('aria-label'))?.match(/^(\d+)/)?.[1]);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(60);
    await offer.getByText(/answer within \d+ s/).waitFor();
    await screenshot(agent, 'agent-offer');

    await offer.getByRole('button', { name: 'Accept' }).click();
    await offer.waitFor({ state: 'detached' });
    await agent.getByRole('tab', { name: /How do I return my boots/ }).waitFor();
    await visiblePane(agent).getByRole('list', { name: 'Messages' }).getByText(QUESTION).waitFor();
    await widget().getByText('You are chatting with an agent').waitFor();
    expect(await widget().getByRole('button', { name: 'This helped' }).count()).toBe(0);
  });

  step('agent 1 greets with a canned response and answers with a knowledge-base article; the visitor sees both', async () => {
    const pane = visiblePane(agent);
    const reply = pane.getByLabel('Reply to the customer');
    await pane.getByLabel('Insert a canned response').selectOption('greeting');
    expect(await reply.inputValue()).toContain(GREETING);
    await reply.press('Enter');
    await pane.getByRole('list', { name: 'Messages' }).getByText(GREETING).waitFor();
    await agentMessages().filter({ hasText: GREETING }).waitFor();

    await pane.getByLabel('Search the knowledge base').fill('return boots');
    await pane.getByLabel('Search the knowledge base').press('Enter');
    await pane.getByRole('list', { name: 'Articles found' }).getByText(ARTICLE.title).waitFor();
    await pane.getByRole('button', { name: `Insert "${ARTICLE.title}" into the reply` }).click();
    // The answer is the whole article, read after the click: wait for it to land in the draft.
    expect(await waitForValue(reply, ARTICLE.body)).toBe(ARTICLE.body);
    await screenshot(agent, 'agent-kb-insert');
    await pane.getByRole('button', { name: 'Send' }).click();
    await pane.getByRole('list', { name: 'Messages' }).getByText(ARTICLE.body).waitFor();
    await agentMessages().filter({ hasText: ARTICLE.body }).waitFor();
    await screenshot(visitor, 'widget-reply');
  });

  step('agent 1 leaves an internal note, which the visitor never sees', async () => {
    const pane = visiblePane(agent);
    await pane.getByLabel('New internal note').fill(NOTE);
    await pane.getByRole('button', { name: 'Add note' }).click();
    await pane.getByRole('list', { name: 'Messages' }).getByText(NOTE).waitFor();
    await screenshot(agent, 'agent-conversation');
    expect(await widget().getByText(NOTE).count()).toBe(0);
  });

  step('agent 1 tags the conversation (tags live in the timeline)', async () => {
    const pane = visiblePane(agent);
    const tag = pane.getByLabel('New tag');
    // Enabled once the timeline answers for routing's contact id.
    await tag.and(agent.locator(':enabled')).waitFor({ timeout: 30_000 });
    await tag.fill('returns');
    await tag.press('Enter');
    await pane.getByRole('button', { name: 'Remove tag returns' }).waitFor();
  });

  step('agent 1 wraps up with a disposition and the visitor is told the conversation ended', async () => {
    const pane = visiblePane(agent);
    await pane.getByRole('button', { name: 'Wrap up' }).click();
    await pane.getByLabel('Disposition').selectOption('resolved');
    await pane.getByRole('button', { name: 'Finish conversation' }).click();
    await pane.getByRole('status').filter({ hasText: 'Wrapped up' }).waitFor();
    await widget().getByText('This conversation has ended').waitFor();
  });

  step('the visitor rates the conversation (CSAT)', async () => {
    const w = widget();
    await w.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await w.getByRole('radio', { name: '5: Excellent' }).click();
    await w.getByLabel('A comment (optional)').fill('Quick and kind');
    await screenshot(visitor, 'widget-rating');
    await w.getByRole('button', { name: 'Send rating' }).click();
    await w.getByText('Thank you for your feedback!').waitFor();
  });

  step("the customer panel shows the customer's profile, consent and the conversation in the timeline", async () => {
    const pane = visiblePane(agent);
    const timeline = pane.getByTestId('customer-timeline');
    await timeline.getByText(QUESTION).waitFor({ timeout: 30_000 });
    await timeline.getByText(ARTICLE.body).waitFor({ timeout: 30_000 });
    await pane.getByRole('heading', { name: 'Identities' }).waitFor();
    await pane.getByRole('heading', { name: 'Consent' }).waitFor();
    await pane.getByLabel('Record Marketing consent').selectOption('given');
    await pane.locator('.consent li').filter({ hasText: 'Marketing' }).locator('.chip--given').waitFor();
    await pane.getByText(/^Routing history \(\d+\)$/).click();
    await pane.locator('.routing-history').getByText(/Assigned/).first().waitFor();
    // The panel reads again shortly after changes: the rating arrives through the timeline.
    await pane.locator('.routing-history').getByText(/Satisfaction recorded/).waitFor({ timeout: 30_000 });
    await screenshot(agent, 'agent-customer-panel');
  });

  step("the supervisor's tile for the queue counted the contact", async () => {
    await signIn(supervisor, platform.url, 'supervisor@demo.test', /\/wallboard$/);
    const tile = supervisor.getByTestId(`queue-tile-${queueId}`);
    await tile.waitFor();
    await tile.locator('[data-figure="answered"]').filter({ hasText: /^1$/ }).waitFor();
    await supervisor.getByRole('table').getByRole('rowheader', { name: 'Agent 1' }).waitFor();
    await supervisor.getByText(/Today: 1 contact handled/).waitFor();
    await screenshot(supervisor, 'wallboard');
    await supervisor.getByRole('button', { name: 'Wall display mode' }).click();
    await supervisor.setViewportSize({ width: 1920, height: 1080 });
    await supervisor.getByRole('button', { name: 'Leave wall display (Esc)' }).waitFor();
    expect(await supervisor.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await screenshot(supervisor, 'wallboard-wall-display');
    await supervisor.keyboard.press('Escape');
    await supervisor.getByRole('button', { name: 'Wall display mode' }).waitFor();
  });
});
