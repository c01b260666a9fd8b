import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../scripts/lib/playground';
import { playgroundConfig } from '../../scripts/lib/playgroundUsers';
import { freePort } from './botProcess';

/** Long enough for the playground's 9 MB bundle on a busy 2-core machine. */
const loadTimeoutMs = 90_000;
/** A bot turn, as a user waits for it. */
const replyTimeoutMs = 20_000;

/** One mock user's Agents Playground in a browser tab: type, tap, look at the newest card, take a screenshot. */
export interface PlaygroundChat {
  readonly page: Page;
  readonly playground: Playground;
  /** Types a message in the chat box and sends it. */
  say(text: string): Promise<void>;
  /** The newest Adaptive Card that shows `text`, once it is there. */
  card(text: string | RegExp): Promise<Locator>;
  /** Picks options in the card's drop-down labelled `label` (several in a multi-select one). */
  choose(card: Locator, label: string | RegExp, ...options: (string | RegExp)[]): Promise<void>;
  /** Picks day `day` of next month in the card's date field labelled `label`. */
  pickDate(card: Locator, label: string, day: number): Promise<void>;
  /** Saves a screenshot of the chat with `card` (or the newest message) fully in view. */
  shoot(path: string, card?: Locator): Promise<void>;
}

/** Starts a playground for `user` (a mock user's first name) against the bot and opens it in a new tab, its clock at `now` if given. */
export async function openPlaygroundChat(browser: Browser, user: string, endpoint: string, scratch: string, now?: Date): Promise<PlaygroundChat> {
  const configPath = join(scratch, `playground-${user}.yml`);
  writeFileSync(configPath, playgroundConfig(user));
  const playground = await startPlayground({ endpoint, port: await freePort(), logFile: join(scratch, `playground-${user}.log`), output: 'ignore', configPath });
  const page = await openTab(browser, playground.url, now).catch(async (e: unknown) => {
    await playground.stop();
    throw e;
  });
  const chatBox = page.locator('[data-lexical-editor="true"][role="textbox"]');
  return {
    page,
    playground,
    async say(text) {
      await chatBox.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    },
    async card(text) {
      const found = page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
      await found.waitFor({ timeout: replyTimeoutMs });
      return found;
    },
    async choose(card, label, ...options) {
      const box = card.getByRole('combobox', { name: label, exact: true });
      await box.click();
      for (const name of options) {
        // A single choice is a listbox option; each choice of a multi-select one is a checkbox.
        await page.getByRole('option', { name }).or(page.getByRole('menuitemcheckbox', { name })).or(page.getByRole('checkbox', { name })).first().click();
      }
      if ((await box.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
    },
    async pickDate(card, label, day) {
      await card.getByRole('combobox', { name: label, exact: true }).click();
      const calendar = page.getByRole('dialog');
      await calendar.getByRole('button', { name: /^Next month/ }).click();
      await calendar.getByRole('grid').getByRole('button', { name: new RegExp(`^${day}, `) }).click();
    },
    async shoot(path, card) {
      const target = card ?? page.locator('.ac-adaptiveCard').last();
      const box = await target.boundingBox();
      // A tall card gets a tall window, so the screenshot shows all of it as a user scrolls through it.
      const height = Math.min(2400, Math.max(900, Math.ceil((box?.height ?? 0) + 260)));
      if (height !== page.viewportSize()?.height) await page.setViewportSize({ width: 1280, height });
      await target.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await page.waitForTimeout(300);
      await page.screenshot({ path });
    },
  };
}

/** A Swedish Teams client's tab on the playground, loaded, its log panel closed. */
async function openTab(browser: Browser, url: string, now?: Date): Promise<Page> {
  // Dates, times and the date picker as a kommun's staff see them.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  // The bot's clock, when the test sets one, so the date picker agrees with the cards.
  if (now) await page.clock.install({ time: now });
  // The playground asks a CDN for Segoe UI; offline it falls back to the system font at once.
  await page.route(/^https:\/\//, (route) => route.abort());
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: loadTimeoutMs });
  await page.locator('[data-lexical-editor="true"][role="textbox"]').waitFor({ timeout: loadTimeoutMs });
  // The log panel takes a third of the width; a user trying the bot closes it.
  await page.getByText('Log Panel', { exact: true }).locator('xpath=..').getByRole('button').last().click();
  return page;
}
