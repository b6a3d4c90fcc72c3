import type { Page } from 'playwright-core';
import { login, saveAgentProfile, saveChatQueue } from './testing/api-client';
import { describeWithChromium, launchBrowser, type TestBrowser } from './testing/browser';
import { requireBuiltConsole } from './testing/console-dist';
import { countRings, rings, signIn, visiblePane } from './testing/console-pages';
import { startPlatform, type TestPlatform } from './testing/platform';
import { screenshot, stepsWithEvidence } from './testing/screenshots';
import { startChat, widgetOn } from './testing/widget-visitor';

const A = 'A: my parcel is late';
const B = 'B: I want to return a jacket';
const B_AGAIN = 'B: are you still there?';
const C = 'C: can I change my address?';
const C_FOLLOW_UPS = 21;

/**
 * A busy shift: agent 1 holds chats in tabs up to their chat capacity (2) and works them with the
 * keyboard; a third chat waits; the supervisor makes agent 2 available, then moves the chat agent 2
 * was offered to agent 1; agent 1 transfers a chat to another queue, which only agent 2 serves. Routing
 * decides who gets what; the test only watches the screens people would.
 */
describeWithChromium('the agent workspace at capacity, transfers and the supervisor’s actions', () => {
  let platform: TestPlatform;
  let browser: TestBrowser;
  let agent1: Page;
  let agent2: Page;
  let supervisor: Page;
  let visitorA: Page;
  let visitorB: Page;
  let visitorC: Page;
  const step = stepsWithEvidence('workspace', () => browser);

  beforeAll(async () => {
    requireBuiltConsole();
    platform = await startPlatform();
    const admin = await login(platform.url, 'admin@demo.test');
    // Offers wait long enough that none expires while the test looks elsewhere. New chats join
    // Support (the higher priority); only agent 2 has the skill Returns asks for.
    await saveChatQueue(platform.url, admin, 'support', { name: 'Support', priority: 10, offerTimeoutSeconds: 300 });
    await saveChatQueue(platform.url, admin, 'returns', { name: 'Returns', priority: 0, offerTimeoutSeconds: 300, requiredSkills: [{ skill: 'returns', minLevel: 5 }] });
    await saveAgentProfile(platform.url, admin, await login(platform.url, 'agent1@demo.test'), { displayName: 'Agent 1', chat: 2 });
    await saveAgentProfile(platform.url, admin, await login(platform.url, 'agent2@demo.test'), { displayName: 'Agent 2', chat: 2, skills: { returns: 7 } });
    browser = await launchBrowser();
    agent1 = await browser.newPage();
    agent2 = await browser.newPage();
    await countRings(agent2);
    supervisor = await browser.newPage();
    visitorA = await browser.newPage();
    visitorB = await browser.newPage();
    visitorC = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  step('agent 1 accepts two chats from the keyboard (Alt+A), one tab each, up to a chat capacity of 2', async () => {
    await signIn(agent1, platform.url, 'agent1@demo.test', /\/agent$/);
    // The radio follows the server's answer, not the click: wait for it to be checked.
    await agent1.getByRole('radio', { name: 'Available' }).click();
    await agent1.getByText('You are available').waitFor();

    for (const [visitor, text] of [
      [visitorA, A],
      [visitorB, B],
    ] as const) {
      const widget = await startChat(visitor, platform.url, text);
      await widget.getByText('Waiting for the next available agent').waitFor();
      await agent1.getByTestId('offer').waitFor();
      await agent1.keyboard.press('Alt+a');
      await agent1.getByTestId('offer').waitFor({ state: 'detached' });
      await agent1.getByRole('tab', { name: new RegExp(text.slice(0, 20)), selected: true }).waitFor();
      await visiblePane(agent1).getByRole('list', { name: 'Messages' }).getByText(text).waitFor();
      await widget.getByText('You are chatting with an agent').waitFor();
    }
    expect(await agent1.getByRole('tab').count()).toBe(2);
    await agent1.getByText(/chat 2\/2/).waitFor();

    // The accepted chat's reply has the cursor: the agent answers without reaching for the mouse.
    const reply = visiblePane(agent1).getByLabel('Reply to the customer');
    expect(await reply.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await agent1.keyboard.type('Hello B, let me look at that return.');
    await agent1.keyboard.press('Enter');
    await widgetOn(visitorB).locator('.msg--agent').filter({ hasText: 'Hello B, let me look at that return.' }).waitFor();
  });

  step('arrow keys and End move between tabs; a hidden tab counts its unread messages', async () => {
    await agent1.getByRole('tab', { selected: true }).focus();
    await agent1.keyboard.press('ArrowLeft');
    await agent1.getByRole('tab', { name: /A: my parcel/, selected: true }).waitFor();
    await visiblePane(agent1).getByRole('list', { name: 'Messages' }).getByText(A).waitFor();

    const widgetB = widgetOn(visitorB);
    await widgetB.getByLabel('Your message').fill(B_AGAIN);
    await widgetB.getByLabel('Your message').press('Enter');
    await agent1.getByRole('tab', { name: /B: I want/ }).getByLabel('1 unread').waitFor();
    await screenshot(agent1, 'agent-tabs');

    await agent1.keyboard.press('End');
    await agent1.getByRole('tab', { name: /B: I want/, selected: true }).waitFor();
    await visiblePane(agent1).getByRole('list', { name: 'Messages' }).getByText(B_AGAIN).waitFor();
    expect(await agent1.getByLabel('1 unread').count()).toBe(0);
  });

  step('a third chat waits while agent 1 is at capacity; the wallboard shows it waiting', async () => {
    const widgetC = await startChat(visitorC, platform.url, C);
    await widgetC.getByText('Waiting for the next available agent').waitFor();
    // An impatient customer: more messages than one page of the timeline holds.
    for (let n = 1; n <= C_FOLLOW_UPS; n += 1) {
      await widgetC.getByLabel('Your message').fill(`C: still waiting (${n})`);
      await widgetC.getByLabel('Your message').press('Enter');
      await widgetC.locator('.msg--customer').filter({ hasText: `C: still waiting (${n})` }).waitFor();
    }
    await signIn(supervisor, platform.url, 'supervisor@demo.test', /\/wallboard$/);
    await supervisor.getByTestId('queue-tile-support').locator('[data-figure="waiting"]').filter({ hasText: /^1$/ }).waitFor();
    expect(await agent1.getByTestId('offer').count()).toBe(0);
  });

  step('the supervisor makes agent 2 available from the agents grid; the waiting chat rings for agent 2', async () => {
    await signIn(agent2, platform.url, 'agent2@demo.test', /\/agent$/);
    await agent2.getByRole('radio', { name: 'Away' }).click();
    await agent2.getByRole('radio', { name: 'Away', checked: true }).waitFor();

    const row = supervisor.getByRole('row', { name: /Agent 2/ });
    await row.locator('.presence').filter({ hasText: 'Away' }).waitFor();
    await supervisor.getByLabel('Set presence of Agent 2').selectOption('available');
    await row.locator('.presence').filter({ hasText: 'Available' }).waitFor();
    await agent2.getByRole('radio', { name: 'Available', checked: true }).waitFor();

    await agent2.getByTestId('offer').getByRole('heading', { name: 'Incoming chat contact' }).waitFor();
    expect(await rings(agent2)).toBeGreaterThan(0);
    await row.getByRole('button', { name: 'Reassign offered contact' }).waitFor();
  });

  step('the supervisor reassigns the offered chat to agent 1; agent 2’s offer is withdrawn', async () => {
    await supervisor.getByRole('row', { name: /Agent 2/ }).getByRole('button', { name: 'Reassign offered contact' }).click();
    const form = supervisor.getByRole('form', { name: 'Reassign a contact' });
    expect(await form.getByLabel('Conversation id').inputValue()).not.toBe('');
    await form.getByLabel('To agent').selectOption({ label: 'Agent 1' });
    await screenshot(supervisor, 'wallboard-reassign', { fullPage: true });
    await form.getByRole('button', { name: 'Reassign' }).click();
    await form.getByRole('status').filter({ hasText: 'Reassigned.' }).waitFor();

    await agent2.getByTestId('offer').waitFor({ state: 'detached' });
    await agent2.getByText('The last offer was withdrawn.').waitFor();
  });

  step('agent 1 transfers a chat to another queue: it leaves agent 1, whose freed place takes the reassigned chat', async () => {
    const pane = visiblePane(agent1);
    await pane.getByRole('button', { name: 'Transfer' }).click();
    const form = pane.getByRole('form', { name: 'Transfer' });
    // Colleagues by name (never by raw id), oneself left out.
    const colleague = form.getByLabel('Or a colleague (optional)');
    await colleague.locator('option', { hasText: /^Agent 2 \(/ }).waitFor({ state: 'attached' });
    expect(await colleague.locator('option', { hasText: /^Agent 1 \(/ }).count()).toBe(0);
    await form.getByLabel('Queue').selectOption('returns');
    await form.getByRole('button', { name: 'Transfer' }).click();
    await pane.getByRole('status').filter({ hasText: 'Transferred' }).waitFor();
    await agent1.getByRole('tab', { name: /B: I want.*ended/ }).waitFor();

    const offer = agent1.getByTestId('offer');
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Accept' }).click();
    await agent1.getByRole('tab', { name: /C: can I change/, selected: true }).waitFor();
    await visiblePane(agent1).getByRole('list', { name: 'Messages' }).getByText(C).waitFor();
    await widgetOn(visitorC).getByText('You are chatting with an agent').waitFor();
  });

  step('the customer timeline loads older entries as agent 1 scrolls it (infinite scroll)', async () => {
    const timeline = visiblePane(agent1).getByTestId('customer-timeline');
    const entries = timeline.locator('.timeline__entry');
    await entries.filter({ hasText: `C: still waiting (${C_FOLLOW_UPS})` }).waitFor();
    await timeline.getByRole('button', { name: 'Load older entries' }).waitFor({ state: 'attached' });
    expect(await entries.count()).toBe(20);
    await timeline.evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await timeline.getByText('The beginning of this customer’s timeline.').waitFor();
    await entries.filter({ hasText: C }).waitFor();
    expect(await entries.count()).toBe(1 + C_FOLLOW_UPS);
  });

  step('agent 2 takes the transferred chat with its history and answers; the visitor sees the answer', async () => {
    const offer = agent2.getByTestId('offer');
    await offer.waitFor();
    await offer.getByText(/Queue returns/).waitFor();
    await offer.getByRole('button', { name: 'Accept' }).click();
    const messages = visiblePane(agent2).getByRole('list', { name: 'Messages' });
    await messages.getByText(B).waitFor();
    await messages.getByText(B_AGAIN).waitFor();
    await messages.getByText('Hello B, let me look at that return.').waitFor();
    await visiblePane(agent2).getByLabel('Reply to the customer').fill('Agent 2 here: your return label is on its way.');
    await visiblePane(agent2).getByLabel('Reply to the customer').press('Enter');
    await widgetOn(visitorB).locator('.msg--agent').filter({ hasText: 'Agent 2 here' }).waitFor();
  });

  step('the workspace fits a laptop screen', async () => {
    await agent1.setViewportSize({ width: 1366, height: 768 });
    await visiblePane(agent1).getByRole('heading', { name: 'Knowledge base' }).waitFor();
    const overflow = await agent1.locator('html').evaluate((root) => {
      root.scrollTo(0, 0);
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    // The reply box is on screen without scrolling the page.
    const reply = await visiblePane(agent1).getByLabel('Reply to the customer').boundingBox();
    expect(reply).not.toBeNull();
    expect((reply?.y ?? 0) + (reply?.height ?? 0)).toBeLessThanOrEqual(768);
    // The smaller thread still shows the newest message (it follows the bottom as it is resized, on
    // the next frames: polled, not read once).
    const newestShown = async () => {
      const thread = await visiblePane(agent1).locator('.thread').boundingBox();
      const newest = await visiblePane(agent1).getByRole('list', { name: 'Messages' }).getByText(`C: still waiting (${C_FOLLOW_UPS})`).boundingBox();
      return thread !== null && newest !== null && newest.y + newest.height <= thread.y + thread.height + 1;
    };
    const deadline = Date.now() + 5000;
    while (!(await newestShown()) && Date.now() < deadline) await agent1.waitForTimeout(100);
    expect(await newestShown()).toBe(true);
    await screenshot(agent1, 'agent-workspace-laptop');
  });
});
