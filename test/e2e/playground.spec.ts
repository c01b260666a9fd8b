import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { seedSampleOrg } from '../../src/kernel/org/seedSampleOrg';
import type { App } from '../../src/app/createApp';
import { startPlayground, type Playground } from '../../scripts/lib/playground';
import { freePort } from '../support/botProcess';
import { startTestApp } from '../support/testApp';

const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Debian's Chromium, installed by scripts/ensureChromium.sh when missing. This runs while jest
 * collects the tests (not in beforeAll) because only then can a test still be skipped for real.
 */
function chromiumMissing(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  try {
    execFileSync('bash', [join(__dirname, '..', '..', 'scripts', 'ensureChromium.sh')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
    return existsSync(chromiumPath) ? undefined : `${chromiumPath} is still missing after scripts/ensureChromium.sh`;
  } catch (e) {
    return `scripts/ensureChromium.sh could not install Chromium: ${String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim()}`;
  }
}

const missing = chromiumMissing();
if (missing) console.warn(`SKIPPED the Agents Playground browser test: ${missing}`);

(missing ? describe.skip : describe)('Microsoft 365 Agents Playground, driven headless', () => {
  let app: App | undefined;
  let playground: Playground | undefined;
  let browser: BrowserContext | undefined;
  /** The browser profile (~12 MB), the playground's log and the screenshot: removed after the run. */
  let scratch: string | undefined;

  beforeAll(async () => {
    const started = await startTestApp({ DEFAULT_KOMMUN: 'hallstahammar' });
    app = started.app;
    await seedSampleOrg(app.org, 'hallstahammar');
    scratch = mkdtempSync(join(tmpdir(), 'playground-'));
    playground = await startPlayground({ endpoint: `${started.url}/api/messages`, port: await freePort(), logFile: join(scratch, 'playground.log'), output: 'ignore' });
    browser = await chromium.launchPersistentContext(join(scratch, 'profile'), { executablePath: chromiumPath, headless: true, args: chromiumArgs });
  }, 60_000);

  afterAll(async () => {
    await browser?.close().catch((e: unknown) => console.error('closing Chromium failed:', e));
    await playground?.stop();
    await app?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('When Alex types "hjälp" in the chat box, then the help card appears', async () => {
    const page = await browser!.newPage();
    await page.goto(playground!.url, { waitUntil: 'domcontentloaded' });
    const chatBox = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await chatBox.waitFor({ timeout: 30_000 });
    await chatBox.click();
    await page.keyboard.type('hjälp');
    await page.keyboard.press('Enter');
    await page.getByText('Det här kan jag').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(scratch!, 'help.png') });
  }, 60_000);
});
