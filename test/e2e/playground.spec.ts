import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { seedSampleOrg } from '../../src/kernel/org/seedSampleOrg';
import type { App } from '../../src/app/createApp';
import { openPlaygroundChat, type PlaygroundChat } from '../support/playgroundChat';
import { startTestApp } from '../support/testApp';

const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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

/** A step waits for bot turns and, on a loaded 2-core machine, for a slow browser. */
jest.setTimeout(60_000);

const missing = chromiumMissing();
if (missing) console.warn(`SKIPPED the Agents Playground browser test: ${missing}`);

/**
 * Wednesday 6 May 2026, 09:00 in Stockholm, and running on: office hours (reminders go out at once), four
 * days before Resultatprognos is due, so the screenshots show the same periods on every run.
 */
const startedAt = Date.now();
const clock = () => new Date(Date.parse('2026-05-06T07:00:00Z') + Date.now() - startedAt);

(missing ? describe.skip : describe)('A municipality tries the bot in the Microsoft 365 Agents Playground (Chromium, three users)', () => {
  let app: App | undefined;
  let dataDir: string | undefined;
  let browser: Browser | undefined;
  /** Playground configs and logs; the screenshots too, unless E2E_SCREENSHOTS names a folder (npm run test:e2e). */
  let scratch: string | undefined;
  let shots = '';
  /** Megan Bowen: chief of Nordskolan. Alex Wilber: admin, chief of Ekonomiavdelningen. Isaiah Langer: secretary. */
  let megan: PlaygroundChat;
  let alex: PlaygroundChat;
  let isaiah: PlaygroundChat;
  const shot = (name: string) => join(shots, `${name}.png`);

  beforeAll(async () => {
    const started = await startTestApp({ DEFAULT_KOMMUN: 'hallstahammar' }, { clock });
    app = started.app;
    dataDir = started.config.store.kind === 'embedded' ? started.config.store.dataDir : undefined;
    await seedSampleOrg(app.org, 'hallstahammar');
    scratch = mkdtempSync(join(tmpdir(), 'playground-e2e-'));
    shots = process.env.E2E_SCREENSHOTS ? resolve(process.env.E2E_SCREENSHOTS) : scratch;
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    const endpoint = `${started.url}/api/messages`;
    // allSettled: when one user's tab fails, afterAll still stops the playgrounds that did start.
    const opened = await Promise.allSettled(['megan', 'alex', 'isaiah'].map((u) => openPlaygroundChat(browser!, u, endpoint, scratch!, clock())));
    [megan, alex, isaiah] = opened.map((o) => (o.status === 'fulfilled' ? o.value : undefined!));
    const failed = opened.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
  }, 180_000);

  afterAll(async () => {
    await browser?.close().catch((e: unknown) => console.error('closing Chromium failed:', e));
    await Promise.all([megan, alex, isaiah].map((c) => c?.playground.stop()));
    await app?.stop();
    for (const dir of [scratch, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('When Megan asks "Vem beslutar om budgeten?", then she sees the answer with its source, and after "Visa källtext" the text it comes from', async () => {
    await megan.say('Vem beslutar om budgeten?');
    const answer = await megan.card('Mål- och budget fastställs av kommunfullmäktige');
    expect(await answer.innerText()).toMatch(/Källa: Styrmodell för Hallstahammars kommun/);
    await megan.shoot(shot('01-fraga'), answer);
    await answer.getByRole('button', { name: 'Visa källtext' }).click();
    await answer.getByText('Beredningen av mål- och budget tar vid', { exact: false }).waitFor();
    await megan.shoot(shot('02-kalltext'), answer);
  });

  it('When Alex submits "uppföljning" with a forecast 5 % off the budget and no explanation, then the message is under that field and his numbers are kept; explained, he gets the receipt', async () => {
    await alex.say('uppföljning');
    let form = await alex.card('Uppföljning: Resultatprognos 2026');
    await form.getByLabel('Budget helår (tkr)').fill('12 000');
    await form.getByLabel('Utfall hittills (tkr)').fill('4 100');
    await form.getByLabel('Prognos helår (tkr)').fill('12 600');
    await form.getByLabel('Sjukfrånvaro (%)').fill('5,8');
    await form.getByRole('button', { name: 'Lämna in' }).click();
    form = await alex.card('Formuläret har 1 fel');
    expect(await form.innerText()).toMatch(/Förklaring till avvikelsen\s+Förklara avvikelsen – den är 5 % och gränsen är 2 %\./);
    expect(await form.getByLabel('Prognos helår (tkr)').inputValue()).toBe('12 600');
    expect(await form.getByLabel('Sjukfrånvaro (%)').inputValue()).toBe('5,8');
    await alex.shoot(shot('03-uppfoljning-fel'), form);
    await form.getByLabel('Förklaring till avvikelsen').fill('Högre kostnader för IT-licenser än budgeterat.');
    await form.getByRole('button', { name: 'Lämna in' }).click();
    const receipt = await alex.card('Inlämnad ✓');
    expect(await receipt.innerText()).toContain('Högre kostnader för IT-licenser än budgeterat.');
    await alex.shoot(shot('04-kvitto'), receipt);
  });

  it('When Isaiah, the secretary, types "status", then he sees who has submitted: Ekonomiavdelningen has, Nordskolan has not', async () => {
    await isaiah.say('status');
    const status = await isaiah.card('Status: Resultatprognos 2026');
    const text = await status.innerText();
    expect(text).toContain('Totalt: 1 av 5 har lämnat in');
    expect(text).toContain('• Nordskolan (exempel) (ej påbörjad)');
    await isaiah.shoot(shot('05-status'), status);
  });

  it('When Megan types "riskanalys" and adds a risk with "Ny risk", then the risk matrix of her förvaltning shows it in its cell', async () => {
    await megan.say('riskanalys');
    const empty = await megan.card('Riskmatris: Barn- och utbildningsförvaltningen');
    await empty.getByRole('button', { name: 'Ny risk' }).click();
    const form = await megan.card('Ny risk');
    await form.getByLabel('Risk', { exact: true }).fill('Brist på behöriga lärare');
    await megan.choose(form, 'Sannolikhet', /^3/);
    await megan.choose(form, 'Konsekvens', /^3/);
    await form.getByRole('button', { name: 'Spara' }).click();
    const saved = await megan.card('Riskvärde 9');
    await saved.getByRole('button', { name: 'Riskmatrisen' }).click();
    const matrix = await megan.card('1 risk');
    expect(await matrix.innerText()).toContain('Brist på behöriga lärare — riskvärde 9');
    await megan.shoot(shot('06-riskmatris'), matrix);
  });

  it('When Isaiah taps "Påminn de som saknas", then Megan gets a reminder card and opens her form from it', async () => {
    const status = await isaiah.card('Status: Resultatprognos 2026');
    await status.getByRole('button', { name: 'Påminn de som saknas' }).click();
    await isaiah.card('Påminnelse skickad till');
    const reminder = await megan.card('Påminnelse: Resultatprognos 2026');
    expect(await reminder.innerText()).toContain('Påminnelsen skickades av Isaiah Langer');
    await megan.shoot(shot('07-paminnelse'), reminder);
    await reminder.getByRole('button', { name: 'Öppna: Nordskolan (exempel)' }).click();
    const form = await megan.card('Uppföljning: Resultatprognos 2026');
    expect(await form.innerText()).toContain('Nordskolan (exempel)');
    await megan.shoot(shot('08-formular-fran-paminnelse'), form);
  });

  it('When Isaiah books a dialogue meeting with "boka dialogmöte", then the booking is confirmed and Megan gets the invitation', async () => {
    await isaiah.say('boka dialogmöte');
    const form = await isaiah.card('Boka och bjud in');
    await isaiah.choose(form, 'Sorts dialogmöte', 'Budgetdagen');
    await isaiah.choose(form, 'Vems dialogmöte (organ)', 'Barn- och utbildningsnämnden (exempel)');
    await isaiah.pickDate(form, 'Datum', 15);
    await isaiah.choose(form, 'Börjar (tid)', /^0?9:00/);
    await isaiah.choose(form, 'Slutar (tid)', /^11:00/);
    await form.getByLabel('Plats', { exact: true }).fill('Sammanträdesrum Sessionen');
    await isaiah.choose(form, /^Deltagare/, 'Roll: ledamöter och ersättare i Barn- och utbildningsnämnden (exempel)', 'Megan Bowen (exempelperson)');
    await form.getByLabel('Dagordning', { exact: true }).fill('Budgetförutsättningar 2027\nSkolans behov av lärare');
    await isaiah.shoot(shot('09-boka-dialogmote'), form);
    await form.getByRole('button', { name: 'Boka och bjud in' }).click();
    const booked = await isaiah.card('Inbjudan skickas till');
    await isaiah.shoot(shot('10-dialogmote-bokat'), booked);
    const invitation = await megan.card('Jag kommer');
    expect(await invitation.innerText()).toContain('Budgetdagen');
    await megan.shoot(shot('11-inbjudan'), invitation);
  });
});
