import type { KnowledgePack } from '../../../../kernel/knowledge/loadPack';
import type { Analyzer } from './Analyzer';
import { BodyKinds } from './BodyKinds';
import { words, writtenWords } from './normalize';
import { stem } from './stem';
import { Thesaurus } from './Thesaurus';
import { governanceLexicon } from './governanceLexicon';
import { bodyAbbreviations } from './bodyAbbreviations';
import { derived, documentSubject, englishBases } from './wordForms';
import type { Vocabulary } from './Vocabulary';
import { alternativeWeight, type Alternative } from './Alternative';
import { PhraseIndex } from './PhraseIndex';

export { alternativeWeight, type Alternative };

const key = (phrase: string) => words(phrase).join(' ');

/** The endings of a noun's definite and plural forms, by which a group's word is found inflected. */
const inflections = ['', 'en', 'et', 'er', 'ar', 'na'];

/**
 * The words a question may use for the words of one pack: the pack's own aliases (a body's
 * abbreviation, a term's alias), the governance vocabulary shared by all kommuner, English words for
 * Swedish ones, the Swedish thesaurus and spelling correction. Every alternative is a word the pack
 * itself uses, weighed below the question's own word (see alternativeWeight).
 */
export class Lexicon {
  private readonly groups = new Map<string, { members: string[]; via: 'alias' | 'governance' }[]>();
  /** The same groups by the stem of their one-word keys: "ik-planen", "delårsrapporterna" find their group by inflection. */
  private readonly stemGroups = new Map<string, { members: string[]; via: 'alias' | 'governance' }[]>();
  private readonly english = new Map<string, string[]>();
  private readonly thesaurus = Thesaurus.load();
  /** Keys of two or more words ("mål och budget", "internal control plan"), found by their words. */
  readonly phrases: PhraseIndex;
  /** Stems of what the pack names things with: its headings, bodies and facts' names (see isDomainTerm). */
  private readonly domain = new Set<string>();
  /**
   * Group keys that folding made out of another word the pack writes too ("delar" from "delår", while the
   * documents also say "olika delar"), with the spellings the group was given: such a group stands for a
   * question word only when the question spells it that way.
   */
  private readonly foldedTogether = new Map<string, Set<string>>();
  /** The kinds of body the pack names ("nämnd", "styrelse", "utskott"). */
  private readonly bodyKinds: BodyKinds;

  constructor(
    pack: KnowledgePack,
    readonly analyzer: Analyzer,
    readonly vocabulary: Vocabulary,
  ) {
    const aliasGroups = [
      ...pack.bodies.map((b) => [b.name, ...b.abbreviations, ...b.terms]),
      ...pack.glossary.map((g) => [g.term, ...g.aliases]),
      ...pack.periods.map((p) => [p.name, ...p.aliases]),
    ];
    for (const g of aliasGroups) this.addGroup(g, 'alias');
    for (const [abbreviation, name] of bodyAbbreviations(pack.passages.map((p) => p.text))) if (!vocabulary.knows(abbreviation) && !this.groups.has(abbreviation)) this.addGroup([abbreviation, name], 'alias');
    const lexicon = governanceLexicon();
    for (const g of lexicon.swedish) this.addGroup(g, 'governance');
    const written = new Set(pack.passages.flatMap((p) => writtenWords(p.text)));
    for (const member of [...aliasGroups, ...lexicon.swedish].flat()) {
      const spelt = writtenWords(member).join(' ');
      const k = key(member);
      if (spelt !== k && written.has(k)) this.foldedTogether.set(k, new Set([...(this.foldedTogether.get(k) ?? []), spelt]));
    }
    for (const [en, sv] of Object.entries(lexicon.english)) this.english.set(key(en), sv.map(key));
    // An English phrase in the plural ("interim reports", "politician days") stands for what its singular does.
    for (const [en, sv] of [...this.english]) if (en.includes(' ') && !en.endsWith('s') && !this.english.has(`${en}s`)) this.english.set(`${en}s`, sv);
    const names = [
      ...pack.passages.flatMap((p) => [p.section, ...p.parents]),
      ...pack.bodies.flatMap((b) => [b.name, ...b.abbreviations, ...b.terms]),
      ...pack.decisions.flatMap((d) => [d.subject, ...d.terms]),
      ...pack.events.flatMap((e) => [e.title, ...e.terms]),
      ...pack.periods.flatMap((p) => [p.name, ...p.aliases, ...p.terms]),
      ...pack.documentTypes.flatMap((d) => [d.name, ...d.terms]),
      ...pack.glossary.flatMap((g) => [g.term, ...g.aliases, ...g.terms]),
    ];
    for (const t of names.flatMap((n) => analyzer.tokens(n))) for (const x of [t.stem, ...t.parts]) this.domain.add(x);
    this.bodyKinds = new BodyKinds(pack.bodies.flatMap((b) => [b.name, ...b.terms]), analyzer, vocabulary);
    this.phrases = new PhraseIndex([...this.groups.keys(), ...this.english.keys()]);
  }

  private addGroup(members: string[], via: 'alias' | 'governance'): void {
    const keys = [...new Set(members.map(key).filter(Boolean))];
    for (const k of keys) {
      const group = { members: keys.filter((m) => m !== k), via };
      this.groups.set(k, [...(this.groups.get(k) ?? []), group]);
      // (Only a one-word key stands for its inflections: "går inte ihop" is no "ihop". Snowball may stem an inflection
      // apart from the key, "skattesatsen" → "skattesats" but "skattesats" → "skattesat": each definite and plural
      // form's stem finds the group too.)
      if (k.includes(' ')) continue;
      const stems = new Set(inflections.flatMap((ending) => this.analyzer.tokens(`${k}${ending}`)).map((t) => t.stem));
      for (const st of stems) if (!this.stemGroups.get(st)?.includes(group)) this.stemGroups.set(st, [...(this.stemGroups.get(st) ?? []), group]);
    }
  }

  /** Whether the pack uses the word (its stem, or all of its compound parts). */
  known(word: string): boolean {
    return this.familiarity(word) > 0;
  }

  /** 1 when the pack uses the word itself, ½ when only all its compound parts, else 0. */
  familiarity(word: string): number {
    const [t] = this.analyzer.tokens(word);
    if (!t) return 0;
    if (this.vocabulary.knows(t.stem)) return 1;
    return t.parts.length > 0 && t.parts.every((p) => this.vocabulary.knows(p)) ? 0.5 : 0;
  }

  /**
   * Whether a stem is one the pack names things with (a heading, a body, a fact's name): such words
   * carry a question's topic; other words ("samtidigt", "egna") mostly shape it.
   */
  isDomainTerm(stem: string): boolean {
    return this.domain.has(stem);
  }

  /** Whether a word the pack does not use is everyday Swedish (a word of the thesaurus). */
  everyday(word: string): boolean {
    return this.thesaurus.knows(word);
  }

  /** The Swedish words (folded) an English word stands for, stop words too ("years" → "år"). */
  translations(word: string): string[] {
    return this.english.get(word) ?? englishBases(word).map((b) => this.english.get(b)).find(Boolean) ?? [];
  }

  /**
   * The alternatives of a folded word or phrase key, each a word the pack knows. `asWritten`: the question's words as
   * written (see writtenWords); without it a folded word stands for every group folding makes it a key of.
   */
  alternatives(word: string, english: boolean, asWritten?: Set<string>): Alternative[] {
    const found: Alternative[] = [];
    // A word of several words ("kommunens riksdag") is no single alternative: only one-word ones count.
    const add = (phrases: string[], via: Alternative['via']) => {
      for (const phrase of phrases) {
        const tokens = this.analyzer.tokens(phrase);
        const [t] = tokens;
        // (Nor is a Swedish one whose other words are stop words: "alla förvaltningar" is no "förvaltning", "hela kommunen" no
        // "kommun"; an English word's translation may be, "over time" → "över tid".)
        const reduced = via !== 'english' && phrase.trim().includes(' ');
        if (tokens.length === 1 && !reduced && (this.vocabulary.knows(t.stem) || t.parts.some((p) => this.vocabulary.knows(p)))) found.push({ stem: t.stem, parts: t.parts, weight: alternativeWeight[via], via });
      }
    };
    // A single word the pack does not use: an inflection of a group's word ("ik-planen") finds the group by
    // its stem; else a thesaurus neighbour or a spelling correction may stand for it.
    const unknownWord = !word.includes(' ') && !this.known(word);
    const [t, more] = unknownWord ? this.analyzer.tokens(word) : [];
    const spellings = this.foldedTogether.get(word);
    const otherWord = spellings && asWritten && ![...spellings].some((s) => asWritten.has(s));
    for (const g of otherWord ? [] : this.groups.get(word) ?? (t && !more ? this.stemGroups.get(t.stem) : undefined) ?? []) add(g.members, g.via);
    // An English word stands for its Swedish words and for what those stand for in the pack ("covered" →
    // "omfattas" → the pack's "Avgränsningar").
    if (english) for (const sv of this.translations(word)) add([sv, ...(this.groups.get(sv) ?? []).flatMap((g) => g.members)], 'english');
    // A verbal noun the pack writes as its verb, or the other way round: closer than a synonym.
    if (unknownWord && !english) add(derived(word), 'derived');
    // Folding turns "-äde" into "-ade", which Snowball cuts as a past tense: "sammanträde" → "sammantr", while
    // "sammanträden" → "sammantrad". Either stem stands for the other.
    if (unknownWord && !english && t && !more && !found.length) {
      const other = t.stem.endsWith('ad') ? t.stem.slice(0, -2) : `${t.stem}ad`;
      if (other.length >= 5 && this.vocabulary.knows(other)) found.push({ stem: other, parts: [], weight: alternativeWeight.derived, via: 'derived' });
    }
    // Likewise "-ör" folds to "-or", which it cuts as a plural: "avgör" → "avg", while "avgöra" → "avgor".
    if (!english && !word.includes(' ') && word.endsWith('or') && word.length >= 5 && stem(word) === word.slice(0, -2) && this.vocabulary.knows(word)) {
      found.push({ stem: word, parts: [], weight: alternativeWeight.derived, via: 'derived' });
    }
    // The head of a compound the pack writes whole ("uppdelade" of "könsuppdelat").
    if (unknownWord && !english && t && !more && !found.length) {
      for (const c of this.vocabulary.compoundsWithHead(t)) found.push({ stem: c, parts: [], weight: alternativeWeight.derived, via: 'derived' });
    }
    if (unknownWord && !found.some((a) => a.via === 'derived')) {
      const neighbours = this.thesaurus.neighbours(word).filter((n) => this.known(n));
      if (neighbours.length) add(neighbours, 'thesaurus');
      else if (!english && !this.thesaurus.knows(word)) {
        // Not a Swedish word the thesaurus knows: most likely a typo of a pack word ("budjet").
        const fixed = t && this.vocabulary.correct(t);
        if (fixed && fixed.word !== t.word) found.push({ stem: fixed.stem, parts: fixed.parts, weight: alternativeWeight.spelling, via: 'spelling' });
      }
    }
    // One Swedish word the pack does not write whole: a document named by what it is about ("budgetdokumentet") is that
    // thing, as closely as a verbal noun is its verb; a body is of the kind its last part says ("socialnämnden" is a nämnd,
    // as the pack's "Barn- och ungdomsnämnden" is), as a thesaurus neighbour would be (see BodyKinds.namedBy).
    const [whole, beyond] = !english && !word.includes(' ') ? this.analyzer.tokens(word) : [];
    const single = whole && !beyond && !this.vocabulary.knows(whole.stem) ? whole : undefined;
    const subject = single && documentSubject(single.stem);
    const about = subject ? this.analyzer.tokens(subject)[0] : undefined;
    if (about && about.stem.length >= 3 && this.vocabulary.knows(about.stem)) found.push({ stem: about.stem, parts: about.parts, weight: alternativeWeight.derived, via: 'derived' });
    const kind = single && !found.length ? this.bodyKinds.namedBy(single) : undefined;
    if (kind) found.push({ stem: kind, parts: [], weight: alternativeWeight.head, via: 'head' });
    // So is an abbreviation the pack does not know that ends as a nämnd's initials do ("BUN", "KFN", "SN"): a nämnd.
    const abbreviatedCommittee = /^[a-z]{1,3}n$/.test(word) && !english && !found.length && !this.known(word) && !this.thesaurus.knows(word) ? this.analyzer.tokens('nämnd')[0] : undefined;
    if (abbreviatedCommittee && this.bodyKinds.has(abbreviatedCommittee.stem)) found.push({ stem: abbreviatedCommittee.stem, parts: [], weight: alternativeWeight.head, via: 'head' });
    const best = new Map<string, Alternative>();
    for (const a of found) if (!best.has(a.stem) || best.get(a.stem)!.weight < a.weight) best.set(a.stem, a);
    return [...best.values()];
  }
}
