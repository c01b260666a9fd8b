import { defaultKnowledgeDir, listPacks, loadPack, PackError, type KnowledgePack } from './loadPack';

/** All knowledge packs of the installation, loaded and validated once at start-up. */
export class PackRegistry {
  private constructor(private readonly packs: Map<string, KnowledgePack>) {}

  static load(dir = defaultKnowledgeDir): PackRegistry {
    return new PackRegistry(new Map(listPacks(dir).map((id) => [id, loadPack(id, dir)])));
  }

  static of(packs: KnowledgePack[]): PackRegistry {
    return new PackRegistry(new Map(packs.map((p) => [p.kommun, p])));
  }

  ids(): string[] {
    return [...this.packs.keys()];
  }

  has(kommun: string): boolean {
    return this.packs.has(kommun);
  }

  get(kommun: string): KnowledgePack {
    const pack = this.packs.get(kommun);
    if (!pack) throw new PackError(`Okänd kommun "${kommun}". Kända: ${this.ids().join(', ')}`);
    return pack;
  }

  /** The kommun's display name, e.g. "Hallstahammars kommun". */
  name(kommun: string): string {
    return this.packs.get(kommun)?.name ?? kommun;
  }
}
