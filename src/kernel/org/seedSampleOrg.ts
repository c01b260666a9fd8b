import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../shared/projectRoot';
import type { OrgRepository } from './OrgRepository';
import { parseOrgFile } from './parseOrgFile';
import { importOrg, type ImportSummary } from './importOrg';

/** Folder of the sample organisation files (the repository's `org/`). */
export const sampleOrgDir = join(projectRoot, 'org');

/**
 * Local mode convenience: when a kommun has no organisation yet, import its sample file
 * (invented people, incl. the Agents Playground users) so the bot can be tried at once.
 */
export async function seedSampleOrg(repo: OrgRepository, kommun: string, dir = sampleOrgDir): Promise<ImportSummary | undefined> {
  if (await repo.getStructure(kommun)) return undefined;
  for (const [ext, format] of [['yaml', 'yaml'], ['csv', 'csv']] as const) {
    const file = join(dir, `${kommun}.sample.${ext}`);
    if (existsSync(file)) return importOrg(repo, parseOrgFile(readFileSync(file, 'utf8'), format));
  }
  return undefined;
}
