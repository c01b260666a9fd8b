import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../shared/projectRoot';
import { parse as parseYaml } from 'yaml';
import { packSchema, type PackFile, type PackDocument, type SourceRef } from './packSchema';
import { splitPassages, type Passage } from './splitPassages';

/** A loaded, validated knowledge pack: the pack file plus its documents split into passages. */
export interface KnowledgePack extends PackFile {
  passages: Passage[];
  documentById: Map<string, PackDocument>;
}

export class PackError extends Error {
  readonly code = 'pack_invalid';
}

/** Default folder of the knowledge packs (the repository's `knowledge/`). */
export const defaultKnowledgeDir = join(projectRoot, 'knowledge');

/** Ids of the packs found under `dir` (folders holding a pack.yaml). */
export function listPacks(dir = defaultKnowledgeDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'pack.yaml')))
    .map((e) => e.name)
    .sort();
}

/** Loads and validates one pack; every fact's source must name an existing passage. */
export function loadPack(kommun: string, dir = defaultKnowledgeDir): KnowledgePack {
  const folder = join(dir, kommun);
  const file = join(folder, 'pack.yaml');
  if (!existsSync(file)) throw new PackError(`Okänd kommun "${kommun}": ingen kunskapsbas i ${folder}`);
  const parsed = packSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
    throw new PackError(`Kunskapsbasen ${kommun} är ogiltig:\n  ${problems}`);
  }
  const pack = parsed.data;
  const passages = pack.documents.flatMap((d) =>
    splitPassages(d.id, d.title, readFileSync(join(folder, 'documents', d.file), 'utf8')),
  );
  const loaded: KnowledgePack = { ...pack, passages, documentById: new Map(pack.documents.map((d) => [d.id, d])) };
  const broken = sourcesOf(loaded).filter((s) => !findPassage(loaded, s));
  if (broken.length) {
    throw new PackError(`Kunskapsbasen ${kommun} hänvisar till saknade avsnitt:\n  ${broken.map((s) => `${s.document} › ${s.section}`).join('\n  ')}`);
  }
  const events = new Set(pack.events.map((e) => e.id));
  const strayTypes = pack.dialogueTypes.filter((t) => t.event && !events.has(t.event));
  if (strayTypes.length) throw new PackError(`Kunskapsbasen ${kommun}: dialogmötestyper med okänd händelse i årshjulet: ${strayTypes.map((t) => `${t.id} → ${t.event}`).join(', ')}`);
  return loaded;
}

/** The passage a source reference points at (document id + exact section heading). */
export function findPassage(pack: KnowledgePack, ref: SourceRef): Passage | undefined {
  return pack.passages.find((p) => p.document === ref.document && p.section === ref.section);
}

/** Every source reference made by the pack's structured facts. */
export function sourcesOf(pack: PackFile): SourceRef[] {
  return [
    ...(pack.roleOverview ? [pack.roleOverview] : []),
    ...pack.bodies, ...pack.decisions, ...pack.events, ...pack.periods,
    ...pack.documentTypes, ...pack.glossary, ...pack.risks, ...pack.dialogueTypes,
  ].map((f) => f.source);
}
