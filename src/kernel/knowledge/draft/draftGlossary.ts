import { cutAtWord, fold } from '../../../shared/text';
import type { GlossaryEntry } from '../packSchema';
import { wholeWords, type DraftBody } from './DraftBody';
import type { Drafted } from './DraftFact';
import { leadingSentences, plainHeading, sourceOf, type PassageText } from './PassageText';

const glossaryHeading = /begrepp|ordlista|ordförklaring|definitioner|termer/iu;
/** Words that start a sentence but never a term ("Det är en …", "Vår kommun är …"). */
const notTerms = /^(?:det|detta|den|denna|de|dessa|vi|man|här|där|som|vår|vårt|våra|hela|varje|alla|samtliga|att|en del|ett sätt|syftet|målet|arbetet|kommunen)(?![\p{L}])/iu;

/** "… är en viktig del av", "… är en förutsättning för": a judgement, not a definition. */
const evaluative = /^\S*\s*(?:viktig|central|naturlig|självklar|avgörande|bra|god|stor|förutsättning|del)(?![\p{L}])/iu;

/**
 * Draft glossary entries: each section under a glossary heading ("Begreppslista", "5 Begrepp", rows
 * of a term table made headings) with its first sentences (up to SECTION_DEFINITION characters), and definition sentences elsewhere
 * ("En indikator är ett nyckeltal …", "En aktivitet kan vara ett uppdrag …", "Med internkontroll avses …") whose
 * term is short, not a body and not a definite noun referring back ("Visionen är …").
 */
export function draftGlossary(texts: PassageText[], bodies: DraftBody[]): Drafted<GlossaryEntry>[] {
  const out: Drafted<GlossaryEntry>[] = [];
  const seen = new Set<string>();
  // Words the text writes in lower case somewhere: a term whose first word never is, is a name ("Hallstahammars kommun").
  const words = new Set(texts.flatMap((t) => t.passage.text.split(/[^\p{L}-]+/u).filter((w) => /^\p{Ll}/u.test(w)).map(fold)));
  const isBody = (term: string) => bodies.some((b) => new RegExp(`^${wholeWords([...b.forms, ...b.abbreviations])}$`, 'iu').test(term));
  const add = (term: string, definition: string, t: PassageText, sentence: string) => {
    if (seen.has(fold(term)) || isBody(term)) return;
    seen.add(fold(term));
    out.push({ fact: { term, aliases: [], definition: cutAtWord(definition, 400), terms: [], draft: true, source: sourceOf(t.passage) } as GlossaryEntry, passage: t.passage, sentence });
  };
  for (const t of texts) {
    const [first] = t.sentences;
    if (first && t.passage.parents.some((p) => glossaryHeading.test(p)) && !glossaryHeading.test(t.passage.section)) {
      // A term's own section says what it is in its first sentences: as many as fit a short definition.
      add(plainHeading(t.passage), leadingSentences(t.sentences), t, first);
    }
  }
  for (const t of texts) {
    for (const [i, s] of t.sentences.entries()) {
      const m = /^(?:(?:[Ee]n|[Ee]tt)\s+)?(\p{Lu}?[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3})\s+(?:är|kan vara)\s+(?:en|ett)\s+\S/u.exec(s) ?? /^Med\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3})\s+(?:avses|menas)\s+\S/u.exec(s);
      if (!m || notTerms.test(m[1]) || looksDefinite(m[1], words) || evaluative.test(s.slice(m[0].length - 1)) || !words.has(fold(m[1].split(/\s+/)[0]))) continue;
      const term = m[1].charAt(0).toUpperCase() + m[1].slice(1);
      // The sentence after a definition usually says more of the same thing ("Där presenteras …").
      const next = t.sentences[i + 1];
      add(term, next && s.length + next.length < 300 ? `${s} ${next}` : s, t, s);
    }
  }
  return out;
}

/** "Visionen", "Internkontrollen": a definite noun whose indefinite form the text also uses refers back, it does not define. */
function looksDefinite(term: string, words: Set<string>): boolean {
  if (/\s/.test(term)) return false;
  const w = fold(term);
  return ['en', 'et', 'na', 'n', 't'].some((end) => w.endsWith(end) && w.length - end.length >= 3 && words.has(w.slice(0, -end.length)));
}
