/**
 * The Teams app package checked by a second, independent validator: the Microsoft 365 Agents Toolkit
 * CLI (`atk validate --manifest-file`), which runs offline (the package-file mode would sign in to
 * Microsoft 365). scripts/ensureAtk.sh installs it from the npm registry on first use; this runs while
 * jest collects the tests, so that only a failed install skips them (with the reason printed).
 */
import Ajv from 'ajv';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { teamsAppIdFor, writeAppPackage } from '../scripts/lib/appPackage';

function ensureAtk(): { bin?: string; reason?: string } {
  try {
    const out = execFileSync('bash', [join(__dirname, '..', 'scripts', 'ensureAtk.sh')], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    return { bin: out.toString().trim().split('\n').at(-1) };
  } catch (e) {
    return { reason: `scripts/ensureAtk.sh could not install the Agents Toolkit CLI: ${String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim().slice(-500)}` };
  }
}

const atk = ensureAtk();
if (atk.reason) console.warn(`SKIPPED: ${atk.reason}`);

/** Runs `atk validate` on an unpacked package; status and output. */
function validate(manifestFile: string): { status: number | null; output: string } {
  const r = spawnSync(atk.bin!, ['validate', '--manifest-file', manifestFile, '--telemetry', 'false', '--interactive', 'false'], {
    cwd: join(manifestFile, '..'),
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

(atk.bin ? describe : describe.skip)('Teams app package, Microsoft 365 Agents Toolkit CLI validator (offline)', () => {
  let out: string;
  let manifestFile: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'atk-'));
    const botId = '11111111-2222-3333-4444-555555555555';
    const values = { APP_VERSION: '0.1.0', TEAMS_APP_ID: teamsAppIdFor(botId), BOT_ID: botId, BOT_DOMAIN: 'styrbot.example.se', DEVELOPER_NAME: 'Ånge kommun', DEVELOPER_URL: 'https://www.ange.se', PRIVACY_URL: 'https://styrbot.example.se/dataskydd', TERMS_URL: 'https://www.ange.se' };
    manifestFile = join((await writeAppPackage(values, out)).dir, 'manifest.json');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('When the built package is validated, then every schema check and validation rule passes', () => {
    const { status, output } = validate(manifestFile);
    expect({ status, passed: output.includes('All passed') }).toEqual({ status: 0, passed: true });
  }, 130_000);

  it('When the toolkit project files are read, then they validate against the project schema the toolkit bundles (their own version)', () => {
    const root = join(__dirname, '..');
    for (const file of ['m365agents.yml', 'm365agents.playground.yml']) {
      const project = parseYaml(readFileSync(join(root, file), 'utf8')) as { version: string };
      const schemaFile = join(dirname(atk.bin!), '..', '@microsoft', 'm365agentstoolkit-cli', 'resource', 'yaml-schema', project.version, 'yaml.schema.json');
      const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
      expect({ file, valid: validate(project), errors: validate.errors ?? null }).toEqual({ file, valid: true, errors: null });
    }
  });

  it('When the manifest breaks a rule, then the toolkit refuses it (the check is real)', () => {
    const broken = JSON.parse(readFileSync(manifestFile, 'utf8')) as { name: { short: string } };
    broken.name.short = 'S'.repeat(31);
    writeFileSync(manifestFile, JSON.stringify(broken));
    const { status, output } = validate(manifestFile);
    expect(status).not.toBe(0);
    expect(output).toContain('/name/short must NOT have more than 30 characters');
  }, 130_000);
});
