/**
 * `npm run package` (alias `npm run manifest`): builds the Teams app package from manifest/ into
 * build/appPackage.zip and validates it offline (bundled schemas, icons). Values, first found wins:
 *   flags      --bot-id --app-id --domain --developer-name --developer-url --privacy-url --terms-url
 *   variables  BOT_ID, TEAMS_APP_ID, BOT_DOMAIN, DEVELOPER_NAME, DEVELOPER_URL, PRIVACY_URL, TERMS_URL
 *              (the names the Agents Toolkit's env files use, see m365agents.yml)
 *   the app's  MicrosoftAppId (bot id) and PUBLIC_BASE_URL (domain, developer URL, privacy URL = its /dataskydd)
 * e.g. `npm run package -- --bot-id <MicrosoftAppId> --domain styrbot.example.se --developer-url https://www.kommun.se`
 * or   `npx tsx --env-file=.env scripts/buildManifest.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/app/config';
import { teamsAppIdFor, writeAppPackage, type ManifestValues } from './lib/appPackage';
import { packageProblems } from './lib/validatePackage';

const root = join(__dirname, '..');

function values(): ManifestValues {
  const { values: a } = parseArgs({
    options: {
      'bot-id': { type: 'string' },
      'app-id': { type: 'string' },
      domain: { type: 'string' },
      'developer-name': { type: 'string' },
      'developer-url': { type: 'string' },
      'privacy-url': { type: 'string' },
      'terms-url': { type: 'string' },
    },
  });
  // A packaging tool, not the app: it reads the toolkit's variable names besides the app's configuration.
  const env = (name: string) => process.env[name] || undefined;
  const config = loadConfig();
  const botId = a['bot-id'] ?? env('BOT_ID') ?? config.bot.appId;
  const base = config.publicBaseUrl?.replace(/\/+$/, '');
  const developerUrl = a['developer-url'] ?? env('DEVELOPER_URL') ?? base;
  const missing = [!botId && '--bot-id (or BOT_ID, MicrosoftAppId)', !developerUrl && '--developer-url (or DEVELOPER_URL, PUBLIC_BASE_URL)'].filter(Boolean);
  if (!botId || !developerUrl) throw new Error(`Ange / give: ${missing.join(', ')}`);
  return {
    APP_VERSION: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
    TEAMS_APP_ID: a['app-id'] ?? env('TEAMS_APP_ID') ?? teamsAppIdFor(botId),
    BOT_ID: botId,
    BOT_DOMAIN: a.domain ?? env('BOT_DOMAIN') ?? (base ? new URL(base).host : ''),
    DEVELOPER_NAME: a['developer-name'] ?? env('DEVELOPER_NAME') ?? 'Styrmodellsboten',
    DEVELOPER_URL: developerUrl,
    PRIVACY_URL: a['privacy-url'] ?? env('PRIVACY_URL') ?? (base ? `${base}/dataskydd` : developerUrl),
    TERMS_URL: a['terms-url'] ?? env('TERMS_URL') ?? developerUrl,
  };
}

async function main(): Promise<void> {
  const built = await writeAppPackage(values(), join(root, 'build'));
  const problems = await packageProblems(readFileSync(built.zip));
  if (problems.length) throw new Error(`the package does not validate:\n  ${problems.join('\n  ')}`);
  console.log(`Teams app package: ${built.zip}\n  (unpacked in ${built.dir}; validated offline against the bundled schema ${String(built.manifest.manifestVersion)}, icons checked)`);
}

main().catch((e: unknown) => {
  console.error(`npm run package: ${(e as Error).message}`);
  process.exit(1);
});
