/**
 * infra/ and the Agents Toolkit project, checked without a Bicep compiler (none installs from the npm
 * registry): the containers against the code, the app settings against the configuration schema, and
 * every toolkit variable against where it comes from. The toolkit's own schema check of the project
 * files is in test/manifest.atk.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { envKeys, loadConfig } from '../src/app/config';
import { appFeatures, collectionsOf } from '../src/app/features';

const root = join(__dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const bicep = read('infra/main.bicep');

/** Collections of workflows being built whose containers are already in infra/containers.json (only while they are; keep it empty). */
const containersBeingBuilt: string[] = [];

/** The keys of the `appsettings` object literals in main.bicep (the site's configuration). */
function appSettingKeys(): string[] {
  const block = bicep.slice(bicep.indexOf("name: 'appsettings'"), bicep.indexOf('dependsOn', bicep.indexOf("name: 'appsettings'")));
  return [...block.matchAll(/^\s+([A-Za-z_][A-Za-z0-9_]*): /gm)].map((m) => m[1]).filter((k) => !['name', 'properties', 'parent'].includes(k));
}

/** `KEY=value` lines of an env file. */
const envFile = (path: string) => Object.fromEntries(read(path).split('\n').flatMap((l) => (/^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(l) ? [[l.split('=')[0], l.slice(l.indexOf('=') + 1)]] : [])));
const placeholders = (text: string) => [...new Set([...text.matchAll(/\$\{\{([A-Z_][A-Z0-9_]*)\}\}/g)].map((m) => m[1]))];

describe('Azure infrastructure (infra/main.bicep, reviewed, not compiled)', () => {
  it('When the app\'s collections are compared with infra/containers.json, then every collection has its container (npm run infra:containers writes the file)', () => {
    const containers = JSON.parse(read('infra/containers.json')) as string[];
    const collections = collectionsOf(appFeatures(loadConfig({})));
    expect(collections.filter((c) => !containers.includes(c))).toEqual([]);
    expect(containers.filter((c) => !collections.includes(c) && !containersBeingBuilt.includes(c))).toEqual([]);
    expect(new Set(containers).size).toBe(containers.length);
  });

  it('When main.bicep is read, then it makes every container from that file with partition key /tenant, in Sweden Central, serverless, reached by the managed identity with the data-plane role', () => {
    expect(bicep).toContain("var containers = loadJsonContent('containers.json')");
    expect(bicep).toMatch(/\[for c in containers: \{[\s\S]*?partitionKey: \{ paths: \[ '\/tenant' \], kind: 'Hash', version: 2 \}/);
    expect(bicep).toContain("param location string = 'swedencentral'");
    expect(bicep).toContain("param cosmosCapacity string = 'serverless'");
    expect(bicep).toContain("capabilities: cosmosCapacity == 'serverless' ? [ { name: 'EnableServerless' } ] : []");
    expect(bicep).toContain("param cosmosAuth string = 'identity'");
    expect(bicep).toContain("disableLocalAuth: cosmosAuth == 'identity'");
    // Cosmos DB Built-in Data Contributor, given to the user-assigned identity the app and the bot use.
    expect(bicep).toContain("var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'");
    expect(bicep).toContain('principalId: identity.properties.principalId');
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|\$\{nodeVersion\}'/);
    expect(bicep).toMatch(/param nodeVersion string = '\d+-lts'/);
  });

  it('When the bot is registered, then it is single-tenant or a user-assigned managed identity, never multi-tenant, with the Teams channel', () => {
    expect(bicep).toContain("@allowed([ 'UserAssignedMSI', 'SingleTenant' ])");
    expect(bicep).toContain("param botAppType string = 'UserAssignedMSI'");
    expect(bicep).not.toMatch(/MultiTenant'/);
    expect(bicep).toContain("msaAppMSIResourceId: botAppType == 'UserAssignedMSI' ? identity.id : null");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toContain("endpoint: 'https://${app.properties.defaultHostName}/api/messages'");
  });

  it('When the app settings are read, then each is a variable the app knows (or an App Service one), and the production configuration they make loads', () => {
    const platform = ['SCM_DO_BUILD_DURING_DEPLOYMENT', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'ApplicationInsightsAgent_EXTENSION_VERSION'];
    const keys = appSettingKeys();
    expect(keys.filter((k) => !(envKeys as string[]).includes(k) && !platform.includes(k))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(['NODE_ENV', 'MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppTenantId', 'COSMOS_ENDPOINT', 'COSMOS_MANAGED_IDENTITY_CLIENT_ID', 'COSMOS_KEY', 'MicrosoftAppPassword', 'PUBLIC_BASE_URL', 'LINK_SIGNING_SECRET']));
    // As deployed with the defaults: managed identity for the bot and for Cosmos DB, no secret.
    const config = loadConfig({
      NODE_ENV: 'production', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: '11111111-1111-1111-1111-111111111111', MicrosoftAppTenantId: 'tenant-a',
      STORE: 'cosmos', COSMOS_ENDPOINT: 'https://x-cosmos.documents.azure.com:443/', COSMOS_DATABASE: 'styrmodellsboten', COSMOS_MANAGED_IDENTITY_CLIENT_ID: '22222222-2222-2222-2222-222222222222',
      DEFAULT_KOMMUN: 'hallstahammar', SCHEDULER: 'inprocess', PUBLIC_BASE_URL: 'https://x-app.azurewebsites.net', LINK_SIGNING_SECRET: 'secret',
    });
    expect(config).toMatchObject({ env: 'production', bot: { authenticated: true, appType: 'UserAssignedMSI' }, allowedTenantIds: ['tenant-a'], store: { kind: 'cosmos', key: undefined, managedIdentityClientId: '22222222-2222-2222-2222-222222222222' } });
  });

  it('When the toolkit fills the parameters and the manifest, then every variable comes from env/.env.dev, the toolkit or a Bicep output', () => {
    const env = envFile('env/.env.dev');
    const outputs = [...bicep.matchAll(/^output ([A-Z_]+) /gm)].map((m) => m[1]);
    const toolkit = ['TEAMSFX_ENV', 'TEAMS_APP_ID', 'PRIVACY_URL'];
    const known = new Set([...Object.keys(env), ...outputs, ...toolkit]);
    const used = [...placeholders(read('infra/main.parameters.json')), ...placeholders(read('m365agents.yml')), ...placeholders(read('manifest/manifest.json'))];
    expect(used.filter((v) => !known.has(v))).toEqual([]);
    expect(outputs).toEqual(expect.arrayContaining(['AZURE_APP_SERVICE_RESOURCE_ID', 'BOT_ID', 'BOT_DOMAIN']));
    const params = Object.keys((JSON.parse(read('infra/main.parameters.json')) as { parameters: Record<string, unknown> }).parameters);
    for (const p of params) expect({ p, declared: new RegExp(`^param ${p} `, 'm').test(bicep) }).toEqual({ p, declared: true });
    expect(Object.values(env).join('')).not.toMatch(/secret|password/i);
  });

  it('When the toolkit project is read, then it provisions with main.bicep, packages manifest/ and deploys the source to the App Service it made', () => {
    const project = parseYaml(read('m365agents.yml')) as { provision: { uses: string; with?: any }[]; deploy: { uses: string; with?: any }[] };
    const uses = project.provision.map((s) => s.uses);
    expect(uses).toEqual(['teamsApp/create', 'arm/deploy', 'script', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']);
    expect(project.provision[1].with.templates[0]).toMatchObject({ path: './infra/main.bicep', parameters: './infra/main.parameters.json' });
    expect(project.provision[4].with.manifestPath).toBe('./manifest/manifest.json');
    expect(project.deploy).toEqual([{ uses: 'azureAppService/zipDeploy', with: { artifactFolder: '.', ignoreFile: '.webappignore', resourceId: '${{AZURE_APP_SERVICE_RESOURCE_ID}}' } }]);
    expect(read('.webappignore')).toMatch(/^node_modules\/$/m);
  });
});
