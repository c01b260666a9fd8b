import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

/** The manifest template, its localization files and icons (the repository's `manifest/`). */
export const manifestDir = join(__dirname, '..', '..', 'manifest');
export const iconFiles = ['color.png', 'outline.png'] as const;

/** The localization files the manifest names (`localizationInfo.additionalLanguages[].file`). */
export function localizationFiles(manifest: Record<string, unknown>): string[] {
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  return (info?.additionalLanguages ?? []).map((l) => l.file);
}

/** Values for the `${{NAME}}` placeholders of manifest/manifest.json. */
export interface ManifestValues {
  APP_VERSION: string;
  TEAMS_APP_ID: string;
  BOT_ID: string;
  /** Host name only (styrbot.example.se); empty = no valid domain. */
  BOT_DOMAIN: string;
  DEVELOPER_NAME: string;
  DEVELOPER_URL: string;
  PRIVACY_URL: string;
  TERMS_URL: string;
}

/**
 * A stable Teams app id derived from the bot id (a name-based UUID, version 5 layout): rebuilding
 * the package for the same bot updates the installed app instead of adding a second one.
 */
export function teamsAppIdFor(botId: string): string {
  const h = createHash('sha1').update(`styrmodellsboten/teams-app/${botId.toLowerCase()}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Fills the placeholders; throws when the template names one that has no value. Empty domains are dropped. */
export function renderManifest(template: string, values: ManifestValues): Record<string, unknown> {
  const missing = new Set<string>();
  const text = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_all, name: string) => {
    const value = (values as unknown as Record<string, string | undefined>)[name];
    if (value === undefined) missing.add(name);
    return JSON.stringify(value ?? '').slice(1, -1);
  });
  if (missing.size) throw new Error(`manifest/manifest.json uses placeholders without a value: ${[...missing].join(', ')}`);
  const manifest = JSON.parse(text) as Record<string, unknown> & { validDomains?: string[] };
  if (manifest.validDomains) manifest.validDomains = manifest.validDomains.filter(Boolean);
  return manifest;
}

/**
 * Writes `<outDir>/appPackage/` (manifest.json, its localization files and the two icons) and
 * `<outDir>/appPackage.zip`, the file to upload in Teams (Apps → Manage your apps → Upload an app) or
 * the Teams admin center.
 */
export async function writeAppPackage(values: ManifestValues, outDir: string): Promise<{ manifest: Record<string, unknown>; dir: string; zip: string }> {
  const manifest = renderManifest(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'), values);
  const dir = join(outDir, 'appPackage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const file of [...localizationFiles(manifest), ...iconFiles]) {
    copyFileSync(join(manifestDir, file), join(dir, file));
    zip.file(file, readFileSync(join(manifestDir, file)));
  }
  const zipPath = join(outDir, 'appPackage.zip');
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { manifest, dir, zip: zipPath };
}
