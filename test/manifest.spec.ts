import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { loadConfig } from '../src/app/config';
import { openFeatures } from '../src/cli/openFeatures';
import { CommandRouter } from '../src/platform/teams/CommandRouter';
import { manifestDir, renderManifest, teamsAppIdFor, writeAppPackage, type ManifestValues } from '../scripts/lib/appPackage';
import { bundledSchemaVersions, colorIconProblems, outlineIconProblems, packageProblems, readPng } from '../scripts/lib/validatePackage';

const botId = '11111111-2222-3333-4444-555555555555';
const values: ManifestValues = {
  APP_VERSION: '0.1.0',
  TEAMS_APP_ID: teamsAppIdFor(botId),
  BOT_ID: botId,
  BOT_DOMAIN: 'styrbot.example.se',
  DEVELOPER_NAME: 'Hallstahammars kommun',
  DEVELOPER_URL: 'https://www.hallstahammar.se',
  PRIVACY_URL: 'https://styrbot.example.se/dataskydd',
  TERMS_URL: 'https://www.hallstahammar.se',
};
const template = () => readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
type Bot = { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] };
const botOf = (manifest: Record<string, unknown>) => (manifest.bots as Bot[])[0];

/**
 * Commands the manifest may list before the app has them, while their workflow is being built. Add a
 * name here only for that time, and remove it when the feature lands: the list should stay empty.
 */
const commandsNotYetBuilt: string[] = [];

/** The zip rebuilt with one file changed, to show that validation refuses it. */
async function withFile(zip: Buffer, name: string, change: (bytes: Buffer) => Buffer | string): Promise<Buffer> {
  const z = await JSZip.loadAsync(zip);
  z.file(name, change((await z.file(name)!.async('nodebuffer'))));
  return z.generateAsync({ type: 'nodebuffer' });
}

const png = (size: number, pixel: (x: number, y: number) => [number, number, number, number]) => {
  const p = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) p.data.set(pixel(x, y), (y * size + x) * 4);
  return PNG.sync.write(p);
};

describe('Teams app package (npm run package)', () => {
  let out: string;
  let zip: Buffer;
  let manifest: Record<string, unknown>;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'manifest-'));
    const built = await writeAppPackage(values, out);
    zip = readFileSync(built.zip);
    manifest = built.manifest;
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('When built, then the zip validates offline against the newest schema @microsoft/app-manifest bundles, with no placeholder left', async () => {
    expect(manifest.manifestVersion).toBe(bundledSchemaVersions().at(-1));
    expect(manifest.$schema).toContain(`/v${String(manifest.manifestVersion)}/`);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(await packageProblems(zip)).toEqual([]);
    expect(Object.keys((await JSZip.loadAsync(zip)).files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
  });

  it('When the manifest or its English file breaks a rule, then validation names the problem (it is no rubber stamp)', async () => {
    const tooLong = await withFile(zip, 'manifest.json', (b) => JSON.stringify({ ...JSON.parse(b.toString()), name: { short: 'S'.repeat(31) } }));
    expect((await packageProblems(tooLong)).join('\n')).toMatch(/manifest\.json: \/name\/short must NOT have more than 30 characters/);
    const english = await withFile(zip, 'en-us.json', (b) => JSON.stringify({ ...JSON.parse(b.toString()), 'description.short': 'D'.repeat(81) }));
    expect((await packageProblems(english)).join('\n')).toMatch(/en-us\.json: \/description\.short must NOT have more than 80 characters/);
    const grey = await withFile(zip, 'outline.png', () => png(32, (x) => (x < 16 ? [128, 128, 128, 255] : [0, 0, 0, 0])));
    expect((await packageProblems(grey)).join('\n')).toContain('neither transparent nor white');
  });

  it('When built, then the bot has personal, team and group chat scopes, each with its Swedish command list, and the English file translates their descriptions', () => {
    const bot = botOf(manifest);
    expect(bot.botId).toBe(botId);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = (scope: string) => bot.commandLists.find((l) => l.scopes.includes(scope))!.commands.map((c) => c.title);
    expect(titles('personal')).toEqual(['hjälp', 'uppföljning', 'riskanalys', 'internkontrollplan', 'dialogmöten', 'påminnelser', 'årshjul', 'status', 'roller', 'dataskydd']);
    expect(titles('team')).toEqual(titles('groupChat'));
    expect(titles('team')).toEqual(expect.arrayContaining(['hjälp', 'årshjul', 'status', 'riskmatris', 'dialogmöten']));
    // Teams' own store limits, stricter than the schema: at most 10 commands per list, titles up to 32 characters.
    for (const list of bot.commandLists) expect({ scopes: list.scopes, long: list.commands.length > 10 || list.commands.some((c) => c.title.length > 32) }).toEqual({ scopes: list.scopes, long: false });
    expect(manifest.validDomains).toEqual(['styrbot.example.se']);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'sv-se', additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }] });
    const english = JSON.parse(readFileSync(join(manifestDir, 'en-us.json'), 'utf8')) as Record<string, string>;
    const commandKeys = bot.commandLists.flatMap((l, i) => l.commands.map((_c, j) => `bots[0].commandLists[${i}].commands[${j}].description`));
    expect(Object.keys(english).filter((k) => k.startsWith('bots[')).sort()).toEqual(commandKeys.sort());
  });

  it('When a user presses a command of the manifest, then the app has that command (bar the explicit list of workflows not built yet)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'manifest-commands-'));
    const { store, started } = await openFeatures(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    try {
      const router = new CommandRouter(started.commands, async () => undefined);
      const titles = [...new Set(botOf(manifest).commandLists.flatMap((l) => l.commands.map((c) => c.title)))];
      const missing = titles.filter((t) => !router.match(t) && !commandsNotYetBuilt.includes(t));
      expect(missing).toEqual([]);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('When no domain is given, then validDomains is empty and the package still validates', async () => {
    const built = await writeAppPackage({ ...values, BOT_DOMAIN: '' }, join(out, 'no-domain'));
    expect(built.manifest.validDomains).toEqual([]);
    expect(await packageProblems(readFileSync(built.zip))).toEqual([]);
  });

  it('When a placeholder has no value, then building fails and names it', () => {
    const { BOT_ID: _missing, ...partial } = values;
    expect(() => renderManifest(template(), partial as ManifestValues)).toThrow('placeholders without a value: BOT_ID');
  });

  it('When the Teams app id is derived from the bot id, then it is a stable GUID of its own', () => {
    expect(teamsAppIdFor(botId)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(teamsAppIdFor(botId.toUpperCase())).toBe(teamsAppIdFor(botId));
    expect(teamsAppIdFor(botId)).not.toBe(botId);
  });

  it('When the icons are decoded (pngjs), then color.png is 192×192 and outline.png is 32×32, white on transparent', () => {
    const color = readFileSync(join(manifestDir, 'color.png'));
    const outline = readFileSync(join(manifestDir, 'outline.png'));
    expect([readPng(color).width, readPng(color).height, readPng(outline).width, readPng(outline).height]).toEqual([192, 192, 32, 32]);
    expect(colorIconProblems(color)).toEqual([]);
    expect(outlineIconProblems(outline)).toEqual([]);
    expect(colorIconProblems(png(64, () => [31, 92, 153, 255]))).toEqual(['color.png is 64×64, not 192×192']);
    expect(outlineIconProblems(png(32, () => [255, 255, 255, 255]))).toEqual(['outline.png has no transparent pixel']);
  });
});
