import type { Passage } from '../../../../kernel/knowledge/splitPassages';
import type { Analyzer, TermSet, Token } from '../lexicon/Analyzer';
import { monthNumbers, words } from '../lexicon/normalize';
import { sentenceCues, type SentenceCues } from './sentenceCues';
import { namesBody } from './bodyWords';
import { headingStatements, sentencesInParagraphs } from './splitSentences';
import { isCue } from '../question/cues';
import { questionWords } from '../question/vocabularyOfQuestions';

/** One sentence (or list item, or table row) of a passage, analysed once at start-up. */
export interface Sentence {
  passage: Passage;
  index: number;
  text: string;
  /** The paragraph of the passage it stands in (its line). */
  paragraph: number;
  terms: TermSet;
  /** A line in bold that names what the prose after it says ("Kompensation enligt modellen"). */
  subheading?: true;
  /** The sentence before it: "Dessa mål …" speaks of the goals the sentence before named. */
  context: TermSet;
  /** "Målet innebär …" after "… ett övergripande mål – att bli Sveriges mest effektiva kommun": the terms the sentence before gives the noun it opens with. */
  antecedent?: TermSet;
  /** The terms of what it names before going on to what follows ("X … och därefter …"; see `SentenceCues.before`). */
  lead?: TermSet;
  /** The terms of what it names before a "sedan" within it (see `SentenceCues.beforeThen`). */
  leadThen?: TermSet;
  /** The stems of the term it opens by saying what it is ("Ett mål är …" → mål; see `SentenceCues.defines`). */
  defines?: string[];
  /** The stems of what it gives the purpose of ("Syftet med en styrmodell är att …" → styrmodell; see `SentenceCues.purposeOf`). */
  purposeOf?: string[];
  cues: SentenceCues;
}

/** How many words after a noun say what it is ("mål – att bli Sveriges mest effektiva kommun"). */
const ANTECEDENT_WORDS = 8;
/** How many sentences back a definite noun that opens a sentence may have been named ("Planerna …"). */
const ANTECEDENT_SENTENCES = 3;

/** Where a sentence last names a stem, as a word or as the head of a compound ("plan" in "verksamhetsplaner"); -1 if nowhere. */
function mentionOf(tokens: Token[], stemmed: string, asHead: boolean): number {
  return tokens.map((t) => t.stem === stemmed || (asHead && t.parts.length > 0 && t.parts[t.parts.length - 1] === stemmed)).lastIndexOf(true);
}

/** The terms of the phrase the last mention of a stem opens in a sentence. */
function antecedent(analyzer: Analyzer, sentence: string, stemmed: string, asHead = false): TermSet {
  const tokens = analyzer.tokens(sentence);
  const at = mentionOf(tokens, stemmed, asHead);
  return analyzer.termSet(tokens.slice(at, at + ANTECEDENT_WORDS).map((t) => t.word).join(' '));
}

/**
 * The sentences of a passage with their cues, and what each says of the ones around it: the term it says what it is, the
 * noun it speaks of that the sentence before names, a list it introduces, a reason the next one gives. `named` adds the
 * document's title to a text that speaks of the document itself.
 */
export function passageSentences(p: Passage, analyzer: Analyzer, bodyNames: Set<string>, named: (p: Passage, text: string) => string): Sentence[] {
  // What the heading states before its question opens the passage, as a paragraph of its own.
  const split: ReturnType<typeof sentencesInParagraphs> = [...headingStatements(p.section, (w) => isCue(w, questionWords)).map((text) => ({ text, paragraph: -1 })), ...sentencesInParagraphs(p.text)];
  const texts = split.map((s) => s.text);
  const sentences: Sentence[] = split.map(({ text, paragraph, subheading }, index) => ({
    passage: p,
    index,
    text,
    paragraph,
    ...(subheading ? { subheading } : {}),
    terms: analyzer.termSet(named(p, text)),
    context: analyzer.termSet(named(p, texts[index - 1] ?? '')),
    cues: sentenceCues(text, bodyNames, p.section),
  }))
    .map((s) => (s.cues.before === undefined ? s : { ...s, lead: analyzer.termSet(s.cues.before) }))
    .map((s) => (s.cues.beforeThen === undefined ? s : { ...s, leadThen: analyzer.termSet(s.cues.beforeThen) }));
  // A section named by a term alone ("Genomlysning", "God ekonomisk hushållning"), not a body, a month or whose it is
  // ("Alingsås kommuns styrmodell"): its opening sentences that name the term say what it is ("Kommunens nämnder ska
  // årligen ta fram en genomlysning …").
  const headingWords = words(p.section);
  const whose = headingWords.slice(0, -1).some((w) => w.length > 3 && w.endsWith('s'));
  const term = headingWords.length <= 4 && !whose && !headingWords.some((w) => monthNumbers[w] !== undefined || namesBody(w, bodyNames)) ? analyzer.tokens(p.section).map((t) => t.stem) : [];
  sentences.forEach((s, i) => {
    if (s.cues.defines) s.defines = analyzer.tokens(s.cues.defines).map((t) => t.stem);
    if (s.cues.purposeOf) s.purposeOf = analyzer.tokens(s.cues.purposeOf).map((t) => t.stem);
    if (term.length && i < 2 && term.every((t) => s.terms.whole.has(t))) s.cues.opensTerm = true;
    if (s.cues.listItem && sentences[i - 1]?.cues.outline) s.cues.outline = true;
    // "Målet innebär att …", "Modellen grundar sig i …": a definite noun that opens the sentence, named by the one
    // before ("… ett övergripande mål – att bli …"), speaks of what that sentence names. A body ("Kommunstyrelsen har …")
    // is an actor of its own.
    // What counts is what the sentence before says of that noun: it and the words right after it.
    const [first] = analyzer.tokens(s.text.split(/\s+/)[0] ?? '');
    const definite = first && /(?:en|et|na)$/.test(first.word) && first.stem !== first.word && !namesBody(first.word, bodyNames);
    if (definite && !s.cues.listItem && s.context.whole.has(first.stem)) s.antecedent = antecedent(analyzer, texts[i - 1], first.stem);
    // So does one a little further back that names it, alone or as the head of a compound ("… konkreta
    // verksamhetsplaner på enhetsnivå. … Planerna på enhetsnivå fastställs av …").
    else if (definite && !s.cues.listItem) {
      const before = texts.slice(Math.max(0, i - ANTECEDENT_SENTENCES), i).reverse().find((t) => mentionOf(analyzer.tokens(t), first.stem, true) >= 0);
      if (before) s.antecedent = antecedent(analyzer, before, first.stem, true);
    }
    const next = sentences[i + 1]?.cues;
    if (next?.explainsBack) s.cues.explainedNext = true;
    if (next?.examplesBack) s.cues.exampledNext = true;
    // A sentence right before a list introduces it, with or without its colon ("Verksamhetsplan är disponerad enligt").
    if (next?.listItem && !s.cues.listItem) s.cues.listIntro = true;
  });
  return sentences;
}
