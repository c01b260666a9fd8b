import type { Analyzer, Token } from './Analyzer';
import type { Vocabulary } from './Vocabulary';

/** Plural endings of a Swedish noun, folded ("nämnd|er", "förvaltning|ar", "organisation|er|na"). */
const pluralEndings = ['er', 'erna', 'ar', 'arna', 'or', 'orna'];

/** The shortest kind: one of three letters is a fragment of a split ("and" of "ordför|ande"), no kind. */
const MIN_KIND = 4;

/**
 * The kinds of body a pack names ("nämnd" of "Barn- och ungdomsnämnden", "styrelse", "utskott"): the last word's head of
 * each body's name, and which kind a word the pack does not use names by its ending ("socialnämnden" is a nämnd).
 */
export class BodyKinds {
  private readonly kinds = new Set<string>();

  constructor(
    names: string[],
    analyzer: Analyzer,
    private readonly vocabulary: Vocabulary,
  ) {
    for (const name of names) {
      const last = analyzer.tokens(name).at(-1);
      if (last) this.kinds.add(last.parts.at(-1) ?? last.stem);
    }
  }

  has(stem: string): boolean {
    return this.kinds.has(stem);
  }

  /**
   * The kind of body the last part of a compound names: of known parts ("socialnämnden"), or after a first part the pack
   * does not write, when the pack has several of that kind ("fritidsnämnden" is one of the "nämnder"; "lönerevisionen" is no
   * "Revisionen").
   */
  namedBy(t: Token): string | undefined {
    const kind = t.parts.length >= 2 ? t.parts.at(-1)! : [...this.kinds].find((k) => t.stem.length - k.length >= 3 && t.stem.endsWith(k) && this.namesSeveral(k));
    return kind && kind.length >= MIN_KIND && this.kinds.has(kind) ? kind : undefined;
  }

  /** Whether the pack writes a body kind in the plural ("nämnder", "förvaltningar"): a kind of body, not one body ("Revisionen"). */
  private namesSeveral(kind: string): boolean {
    return pluralEndings.some((e) => this.vocabulary.writes(kind + e));
  }
}
