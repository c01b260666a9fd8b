import { AppManifestUtils } from '@microsoft/app-manifest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { iconFiles, localizationFiles } from './appPackage';

/** Where @microsoft/app-manifest keeps the Teams schemas it bundles (v1.0 … v1.30, vDevPreview). */
const schemasDir = join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');

/** The manifest schema versions bundled with @microsoft/app-manifest, oldest first ("1.29", "1.30"). */
export function bundledSchemaVersions(): string[] {
  const numbered = readdirSync(schemasDir).flatMap((d) => (/^v\d+\.\d+$/.test(d) ? [d.slice(1)] : []));
  return numbered.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** A bundled schema read from disk: validation never fetches anything (the $schema URL is not followed). */
function bundledSchema(version: string, kind: 'MicrosoftTeams' | 'MicrosoftTeams.Localization'): object {
  return JSON.parse(readFileSync(join(schemasDir, `v${version}`, `${kind}.schema.json`), 'utf8')) as object;
}

/**
 * A localization file against the bundled localization schema. Its key patterns are written for plain
 * (non-unicode) JavaScript regular expressions (`\b]`), which AppManifestUtils' validator cannot compile;
 * the same draft-04 Ajv it uses, without unicode patterns, reads them as Teams does.
 */
function localizationProblems(file: unknown, version: string): string[] {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(bundledSchema(version, 'MicrosoftTeams.Localization'));
  return validate(file) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Size and pixels of a PNG (decoded with pngjs, any colour type becomes RGBA). */
export function readPng(bytes: Buffer): { width: number; height: number; rgba: Buffer } {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, rgba: png.data };
}

/** Problems of the outline icon: Teams wants 32×32, white on a transparent background. */
export function outlineIconProblems(bytes: Buffer): string[] {
  const { width, height, rgba } = readPng(bytes);
  const problems = width === 32 && height === 32 ? [] : [`outline.png is ${width}×${height}, not 32×32`];
  let clear = 0;
  let white = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b, a] = [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]];
    if (a === 0) clear++;
    else if (r === 255 && g === 255 && b === 255) white++;
    else return [...problems, `outline.png has a pixel that is neither transparent nor white (rgba ${r},${g},${b},${a} at ${(i / 4) % width},${Math.floor(i / 4 / width)})`];
  }
  if (!clear) problems.push('outline.png has no transparent pixel');
  if (!white) problems.push('outline.png has no white pixel');
  return problems;
}

/** Problems of the colour icon: Teams wants 192×192. */
export function colorIconProblems(bytes: Buffer): string[] {
  const { width, height } = readPng(bytes);
  return width === 192 && height === 192 ? [] : [`color.png is ${width}×${height}, not 192×192`];
}

/**
 * Everything Teams checks that can be checked offline: the manifest against the bundled schema of its
 * own manifestVersion, each localization file against the bundled localization schema, the files the
 * manifest names are in the zip, and the icons' sizes and transparency. Empty = valid.
 */
export async function packageProblems(zipBytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(zipBytes);
  const read = async (name: string) => zip.file(name)?.async('nodebuffer');
  const manifestBytes = await read('manifest.json');
  if (!manifestBytes) return ['manifest.json is not at the root of the zip'];
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as Record<string, unknown>;
  const version = String(manifest.manifestVersion);
  if (!bundledSchemaVersions().includes(version)) return [`manifestVersion ${version} has no bundled schema (bundled: ${bundledSchemaVersions().join(', ')})`];
  const problems = (await AppManifestUtils.validateAgainstSchema(manifest as never, bundledSchema(version, 'MicrosoftTeams') as never)).map((p) => `manifest.json: ${p}`);
  for (const file of localizationFiles(manifest)) {
    const bytes = await read(file);
    if (!bytes) problems.push(`${file} is named in localizationInfo but not in the zip`);
    else problems.push(...localizationProblems(JSON.parse(bytes.toString('utf8')), version).map((p) => `${file}: ${p}`));
  }
  const icons = manifest.icons as { color?: string; outline?: string } | undefined;
  for (const icon of iconFiles) if (!zip.file(icon)) problems.push(`${icon} is not in the zip`);
  if (icons?.color !== 'color.png' || icons?.outline !== 'outline.png') problems.push('manifest.json: icons must be color.png and outline.png');
  const color = await read('color.png');
  const outline = await read('outline.png');
  if (color) problems.push(...colorIconProblems(color));
  if (outline) problems.push(...outlineIconProblems(outline));
  const extra = Object.keys(zip.files).filter((f) => !['manifest.json', ...iconFiles, ...localizationFiles(manifest)].includes(f));
  if (extra.length) problems.push(`unexpected files in the zip: ${extra.join(', ')}`);
  return problems;
}
