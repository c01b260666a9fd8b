import { existsSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadPack, defaultKnowledgeDir } from '../loadPack';
import { ValidationError } from '../../../shared/errors';
import { slugId } from '../slugId';

export interface NewDocument {
  kommun: string;
  title: string;
  markdown: string;
  year?: number;
  diarienummer?: string;
}

/**
 * Adds a document to a kommun's pack: writes documents/<id>.md and a `documents` entry in pack.yaml
 * (comments kept), then reloads the pack; on any problem both changes are undone.
 */
export function addDocument(doc: NewDocument, dir = defaultKnowledgeDir): { id: string; passages: number } {
  const packFile = join(dir, doc.kommun, 'pack.yaml');
  if (!existsSync(packFile)) throw new ValidationError(`Okänd kommun "${doc.kommun}"`);
  const original = readFileSync(packFile, 'utf8');
  const yaml = parseDocument(original);
  const ids = new Set((yaml.toJS().documents as { id: string }[]).map((d) => d.id));
  let id = slugId(doc.title);
  for (let n = 2; ids.has(id); n++) id = `${slugId(doc.title)}-${n}`;
  const mdFile = join(dir, doc.kommun, 'documents', `${id}.md`);
  yaml.addIn(['documents'], { id, title: doc.title, file: `${id}.md`, kind: 'inläst dokument', ...(doc.year ? { year: doc.year } : {}), ...(doc.diarienummer ? { diarienummer: doc.diarienummer } : {}) });
  writeFileSync(mdFile, doc.markdown);
  writeFileSync(packFile, yaml.toString());
  try {
    const pack = loadPack(doc.kommun, dir);
    return { id, passages: pack.passages.filter((p) => p.document === id).length };
  } catch (e) {
    writeFileSync(packFile, original);
    unlinkSync(mdFile);
    throw e;
  }
}
