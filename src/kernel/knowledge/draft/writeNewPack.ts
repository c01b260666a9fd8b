import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '../../../shared/errors';
import { loadPack, type KnowledgePack } from '../loadPack';
import type { DraftedPack } from './draftPack';
import { packYaml } from './packYaml';

/**
 * Writes a drafted pack to `<dir>/<id>/` and loads it back, so that a pack that would not load is
 * never left behind. It is built in a hidden folder beside it and renamed into place; an existing
 * pack (or any non-empty folder of that name) is never overwritten.
 */
export function writeNewPack(draft: DraftedPack, dir: string, made: string): KnowledgePack {
  const id = draft.pack.kommun;
  const target = join(dir, id);
  if (existsSync(target) && readdirSync(target).length) throw new ValidationError(`Det finns redan en kunskapsbas i ${target}: den skrivs inte över. Välj ett annat --id eller ta bort mappen först.`);
  const work = join(dir, `.${id}.utkast-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'documents'), { recursive: true });
  try {
    for (const f of draft.files) writeFileSync(join(work, 'documents', f.file), f.markdown);
    writeFileSync(join(work, 'pack.yaml'), packYaml(draft, made));
    loadPack(`.${id}.utkast-${process.pid}`, dir);
    if (existsSync(target)) rmdirSync(target);
    renameSync(work, target);
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  return loadPack(id, dir);
}
