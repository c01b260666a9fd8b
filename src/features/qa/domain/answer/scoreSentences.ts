import { asksOfMonth } from '../question/monthAsked';
import type { QuestionPart } from '../question/analyzeQuestion';
import { wordMatch, type TopicWord } from '../question/TopicWord';
import type { PassageHit, PassageIndex, Sentence } from '../retrieval/PassageIndex';
import { emptyFeatures, withInteractions, type Features } from './features';
import { DEFINES_COVERAGE, sentenceFit } from './fit';
import { rankScore } from './ranker';
import { keyWord, ownWords } from './scoreFacts';
import { definedAs } from '../question/termAsked';
import { words } from '../lexicon/normalize';
import { stem } from '../lexicon/stem';
import { cueSpans, hasCue, isCue, type Cues } from '../question/cues';
import { defineVerbs, defineWords, negationWords, termNouns, withoutWords } from '../question/vocabularyOfQuestions';

export interface ScoredSentence {
  sentence: Sentence;
  hit: PassageHit;
  coverage: number;
  fit: number;
  keyHit: boolean;
  features: Features;
  score: number;
}

/** How much a topic word found around the sentence counts against one found in it. */
const around = { heading: 0.8, context: 0.6, passage: 0.35 };

/**
 * "… i form av en verksamhetsbeskrivning. Det kan ses som … följande delar ska framgå av beskrivningen": the head of a
 * compound the sentence before names ("beskrivning") speaks of that compound.
 */
function headRefersBack(w: QuestionPart['topic'][number], sentence: Sentence): boolean {
  const head = w.parts[w.parts.length - 1];
  return w.parts.length > 1 && Boolean(head) && sentence.terms.whole.has(head) && !sentence.terms.whole.has(w.stem) && sentence.context.whole.has(w.stem);
}

/** How much a word the question supposes missing counts where the sentence speaks of it as present. */
const PRESENT_WHEN_ABSENT = 0.5;
/** How many words before a mention a negation may stand and still deny it. */
const NEGATION_REACH = 6;
/** The question's negations, and "saknas"/"saknar" (which a sentence uses more than a question). */
const negations: Cues = [...negationWords, ...withoutWords, 'saknas', 'saknar'];

/**
 * How a sentence speaks of a word: as missing when a mention has a negation in the words before it ("Om inte
 * kommunstyrelsen har antagit ett särskilt mått …"), else as present ("Om kommunstyrelsens mål har kopplade nyckeltal …").
 */
function polarity(w: QuestionPart['topic'][number], sentence: Sentence): 'present' | 'absent' | undefined {
  const ws = words(sentence.text);
  const stems = new Set([w.stem, ...w.alternatives.map((a) => a.stem)]);
  const at = ws.flatMap((x, i) => (stems.has(stem(x)) || [...stems].some((s) => s.length > 4 && x.includes(s)) ? [i] : []));
  const negated = (i: number) => ws.slice(Math.max(0, i - NEGATION_REACH), i).some((x) => isCue(x, negations)) || ws[i + 1] === 'saknas';
  return !at.length ? undefined : at.some(negated) ? 'absent' : 'present';
}

/**
 * "När är delårsbokslutet?" – "… internkontroll har följts upp i samband med kommunstyrelsens delårsbokslut den 22
 * september": a sentence that names the thing asked only as the step something else is done with tells when that is done.
 */
function onlyAsAnchor(text: string, key: TopicWord): boolean {
  const ws = words(text);
  const at = ws.flatMap((w, i) => (stem(w).startsWith(key.stem) ? [i] : []));
  const anchors = [...cueSpans(ws, anchorCues)];
  return at.length > 0 && at.every((i) => anchors.some((a) => a < i && i - a <= ANCHOR_REACH));
}
const anchorCues: Cues = ['samband med', 'in connection with'];
/** How many words after "i samband med" the step it names may stand. */
const ANCHOR_REACH = 3;
/** The fit for "när" of a sentence that names the thing asked only as such a step. */
const ANCHOR_FIT = 0.7;
/** The fit of a sentence of another month for what is done in the month asked. */
const OTHER_MONTH_FIT = 0.3;

/** How much of what a question of why itself says one word must hold to be what it asks the purpose of. */
const PURPOSE_SHARE = 0.5;

/**
 * What a question of why asks the purpose of: what it itself says, when one word holds at least half of it ("Vad är syftet med
 * att kommunen har en styrmodell?"); not one thing among others ("Varför lägger styrmodellen så stor vikt vid dialog?").
 */
function purposeAskedOf(part: QuestionPart): TopicWord | undefined {
  const own = ownWords(part);
  // ("Vad är syftet med alla dialoger i styrmodellen?": what "syftet med" names first.)
  const of = part.words.findIndex((w, i) => /syfte[tn]?$|^purpose$/.test(w) && ['med', 'of'].includes(part.words[i + 1]));
  const named = of < 0 ? undefined : part.words.slice(of + 2, of + 6).map((w) => own.find((t) => t.word.split('_')[0] === w)).find((t) => t !== undefined);
  if (named) return named;
  const key = keyWord(own);
  const total = own.reduce((s, w) => s + w.weight, 0);
  return key && key.weight >= PURPOSE_SHARE * total ? key : undefined;
}

/** How well a sentence that says what something else is fits a question of what a term is. */
const OTHER_DEFINITION = 0.8;

/**
 * "Vilka delar ska delårsrapporten innehålla?" – "… tre gemensamma uppföljningar per år; resultatprognos efter april,
 * delårsrapport efter augusti och årsredovisning …": a sentence that counts the thing whose contents are asked among its
 * items (three or more, and it says nothing of containing) lists what stands beside it, not what it holds.
 */
const listsAsItem = (text: string, key: TopicWord) => {
  // (Not in what leads the items: "… tre gemensamma uppföljningar per år;" says what they are.)
  const items = text.split(/[;,:]|\s(?:och|samt|and)\s/);
  return items.length >= 3 && items.slice(1).some((item) => words(item).some((w) => stem(w) === key.stem));
};
/** The fit of such a sentence to the contents asked. */
const SIBLINGS_FIT = 0.4;

/**
 * Whether the stems a sentence defines hold the term as asked, or an English term's Swedish words ("goal" → mål); what
 * else it may stand for moved no answer right (tried).
 */
const definesTerm = (defined: string[], term: TopicWord, part: QuestionPart) =>
  definedAs(defined, term, hasCue(part.words, [...defineVerbs, ...defineWords, ...termNouns]));

/**
 * Scores the sentences of the best passages for one part of a question: how much of the topic each
 * holds (itself, or its heading, the sentence before it, its passage, each counting less), shaped by
 * whether it holds what the kind of question asks for. Best first.
 */
export function scoreSentences(part: QuestionPart, hits: PassageHit[], passages: PassageIndex, knownShare: number): ScoredSentence[] {
  const total = part.topic.reduce((s, w) => s + w.weight, 0);
  if (!total) return [];
  const key = keyWord(part.topic);
  // Of a question of why, a sentence that gives the purpose of the very thing asked ("Syftet med en styrmodell är att …").
  const purposeAsked = part.kind === 'reason' ? purposeAskedOf(part) : undefined;
  const asked = part.month ? [part.month] : part.season ?? [];
  const scored: ScoredSentence[] = [];
  for (const hit of hits) {
    const around_ = passages.termsOf(hit.passage);
    const passageMatch = new Map(part.topic.map((w) => [w, Math.max(around.heading * wordMatch(w, around_.heading), around.passage * wordMatch(w, around_.all))]));
    const headingCoverage = part.topic.reduce((s, w) => s + w.weight * wordMatch(w, around_.heading), 0) / total;
    for (const sentence of passages.sentences(hit.passage)) {
      // (What a form asks of whoever fills it in says nothing of the model: "Ange datum för nämndens beslut …".)
      if (sentence.cues.instruction) continue;
      let covered = 0;
      let own = 0;
      let sameCase = false;
      // A sentence that points back ("Den innehåller: …") speaks of what the one before names: its words count as its own;
      // so does one that gives the reason of the one before ("… mätbara och kunna följas över tid. Syftet är att …"); one that
      // opens with a noun the one before names ("Målet innebär …"), what that one says of the noun.
      for (const w of part.topic) {
        const back = sentence.cues.refersBack || sentence.cues.explainsBack || headRefersBack(w, sentence) ? sentence.context : sentence.antecedent;
        const matched = back ? Math.max(wordMatch(w, sentence.terms), wordMatch(w, back)) : wordMatch(w, sentence.terms);
        // Of a case the question supposes ("när det inte finns något nyckeltal"), a sentence on the other case says less.
        const said = matched && part.absent?.includes(w.stem) ? polarity(w, sentence) : undefined;
        const otherCase = said === 'present';
        if (said === 'absent') sameCase = true;
        const inSentence = otherCase ? matched * PRESENT_WHEN_ABSENT : matched;
        own += w.weight * inSentence;
        covered += w.weight * (otherCase ? inSentence : Math.max(inSentence, around.context * wordMatch(w, sentence.context), passageMatch.get(w)!));
      }
      // A sentence that opens by saying what the asked term is ("Ett mål är kort och gott …") is its definition, whatever
      // else the question names ("Hur definierar styrmodellen begreppet mål?").
      const defines = Boolean(part.term && sentence.defines && definesTerm(sentence.defines, part.term, part));
      const purposed = Boolean(purposeAsked && sentence.purposeOf && definedAs(sentence.purposeOf, purposeAsked, true));
      const coverage = defines || purposed ? Math.max(DEFINES_COVERAGE, covered / total) : covered / total;
      // A sentence on the very case the question supposes ("Om inte nämnden har antagit ett särskilt mått …") holds what it asks.
      // Another term's definition ("Styrningen sker … Ett styrdokument är …"), or one of what the sentence before says
      // ("Styrmodellen bygger på styrning utifrån mål och resultat. Det innebär att …"), or one that does not name the term
      // ("Den budgetram som kommunfullmäktige tilldelar nämnder avser …" to "Hur fungerar resursfördelningsmodellen?"), says less of it.
      const siblings = part.kind === 'contents' && key && sentence.cues.enumerates && !sentence.cues.contents && !sentence.cues.listIntro && listsAsItem(sentence.text, key);
      const anchorOnly = part.kind === 'when' && key !== undefined && sentence.cues.anchored && onlyAsAnchor(sentence.text, key);
      // (What is done in the month asked, "Vad gör KF med budgeten i november?": a sentence of that month holds it, one of
      // another month hardly.)
      const ofMonth = asksOfMonth(part) && sentence.cues.months.length ? (sentence.cues.months.some((m) => asked.includes(m)) ? 1 : OTHER_MONTH_FIT) : undefined;
      const fit = sameCase || defines || purposed ? 1 : siblings ? SIBLINGS_FIT : ofMonth !== undefined ? ofMonth : sentenceFit(part.kind, sentence.cues, part.wants, part.words) * (part.term && sentence.cues.definition && (sentence.defines || sentence.cues.refersBack || wordMatch(part.term, sentence.terms) < 0.5) ? OTHER_DEFINITION : 1) * (anchorOnly ? ANCHOR_FIT : 1);
      const keyHit = Boolean(key && Math.max(wordMatch(key, sentence.terms), wordMatch(key, around_.all)) >= 0.6);
      const features: Features = withInteractions({
        ...emptyFeatures(),
        coverage, ownCoverage: own / total, headingCoverage, fit, coverageFit: coverage * fit, keyHit: keyHit ? 1 : 0,
        passageRank: 1 / (1 + hit.rank), sentencePosition: 1 / (1 + sentence.index), short: sentence.text.length < 60 ? 1 : 0, knownShare, length: sentence.text.split(/\s+/).length / 100,
        focus: part.topic[0] && wordMatch(part.topic[0], sentence.terms) === 1 ? 1 : 0,
        // A sentence of the month asked ("Vad händer med budgeten i november?"), as a fact of it (scoreFacts' monthFit).
        monthFit: asked.length && sentence.cues.months.length ? (sentence.cues.months.some((m) => asked.includes(m)) ? 1 : -1) : 0,
      });
      scored.push({ sentence, hit, coverage, fit, keyHit, features, score: rankScore(features) });
    }
  }
  return scored.sort((a, b) => b.score - a.score);
}
