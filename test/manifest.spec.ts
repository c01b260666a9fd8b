import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pngSize } from '../scripts/lib/png';
import { manifestDir, renderManifest, teamsAppIdFor, writeAppPackage, type ManifestValues } from '../scripts/lib/appPackage';

const botId = '11111111-2222-3333-4444-555555555555';
const values: ManifestValues = {
  APP_VERSION: '0.1.0',
  TEAMS_APP_ID: teamsAppIdFor(botId),
  BOT_ID: botId,
  BOT_DOMAIN: 'styrbot.example.se',
  DEVELOPER_NAME: 'Hallstahammars kommun',
  DEVELOPER_URL: 'https://www.hallstahammar.se',
  PRIVACY_URL: 'https://www.hallstahammar.se/integritet',
  TERMS_URL: 'https://www.hallstahammar.se',
};
const template = () => readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
type Bot = { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string }[] }[] };

describe('Teams app manifest', () => {
  it('When built, then it validates offline against its bundled schema (1.17) and has no placeholder left', async () => {
    const { manifest, zip } = await writeAppPackage(values, mkdtempSync(join(tmpdir(), 'manifest-')));
    expect(manifest.manifestVersion).toBe('1.17');
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(await AppManifestUtils.validateAgainstSchema(manifest as never)).toEqual([]);
    const files = Object.keys((await JSZip.loadAsync(readFileSync(zip))).files).sort();
    expect(files).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('When built, then the bot has personal, team and group chat scopes and the Swedish command menu', () => {
    const manifest = renderManifest(template(), values);
    const [bot] = manifest.bots as Bot[];
    expect(bot.botId).toBe(botId);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const personal = bot.commandLists.find((l) => l.scopes.includes('personal'))!;
    expect(personal.commands.map((c) => c.title)).toEqual(['hjälp', 'roller', 'kommun', 'årshjul', 'uppföljning', 'status']);
    expect(manifest.validDomains).toEqual(['styrbot.example.se']);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'sv-se' });
  });

  it('When no domain is given, then validDomains is empty and the manifest still validates', async () => {
    const manifest = renderManifest(template(), { ...values, BOT_DOMAIN: '' });
    expect(manifest.validDomains).toEqual([]);
    expect(await AppManifestUtils.validateAgainstSchema(manifest as never)).toEqual([]);
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

  it('When the icons are read, then color.png is 192×192 and outline.png is 32×32', () => {
    expect(pngSize(readFileSync(join(manifestDir, 'color.png')))).toEqual({ width: 192, height: 192 });
    expect(pngSize(readFileSync(join(manifestDir, 'outline.png')))).toEqual({ width: 32, height: 32 });
  });
});
