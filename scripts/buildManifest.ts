/**
 * `npm run manifest`: builds the Teams app package from manifest/ into build/ and validates it.
 *   npm run manifest -- --bot-id <MicrosoftAppId> --domain styrbot.example.se --developer-url https://www.kommun.se
 * Without flags the bot id, domain and developer URL come from the configuration
 * (MicrosoftAppId, PUBLIC_BASE_URL), e.g. `npx tsx --env-file=.env scripts/buildManifest.ts`.
 */
import { AppManifestUtils } from '@microsoft/app-manifest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/app/config';
import { teamsAppIdFor, writeAppPackage, type ManifestValues } from './lib/appPackage';

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
  const config = loadConfig();
  const botId = a['bot-id'] ?? config.bot.appId;
  const developerUrl = a['developer-url'] ?? config.publicBaseUrl;
  const missing = [!botId && '--bot-id (or MicrosoftAppId)', !developerUrl && '--developer-url (or PUBLIC_BASE_URL)'].filter(Boolean);
  if (!botId || !developerUrl) throw new Error(`Ange / give: ${missing.join(', ')}`);
  return {
    APP_VERSION: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
    TEAMS_APP_ID: a['app-id'] ?? teamsAppIdFor(botId),
    BOT_ID: botId,
    BOT_DOMAIN: a.domain ?? (config.publicBaseUrl ? new URL(config.publicBaseUrl).host : ''),
    DEVELOPER_NAME: a['developer-name'] ?? 'Styrmodellsboten',
    DEVELOPER_URL: developerUrl,
    PRIVACY_URL: a['privacy-url'] ?? developerUrl,
    TERMS_URL: a['terms-url'] ?? developerUrl,
  };
}

async function main(): Promise<void> {
  const built = await writeAppPackage(values(), join(root, 'build'));
  const problems = await AppManifestUtils.validateAgainstSchema(built.manifest as never);
  if (problems.length) throw new Error(`the manifest does not validate:\n  ${problems.join('\n  ')}`);
  console.log(`Teams app package: ${built.zip}\n  (unpacked in ${built.dir}; manifest validated against schema ${String(built.manifest.manifestVersion)})`);
}

main().catch((e: unknown) => {
  console.error(`npm run manifest: ${(e as Error).message}`);
  process.exit(1);
});
