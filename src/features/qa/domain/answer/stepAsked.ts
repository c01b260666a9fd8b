import type { Analyzer } from '../lexicon/Analyzer';
import { stem } from '../lexicon/stem';
import { derived } from '../lexicon/wordForms';
import type { QuestionPart } from '../question/analyzeQuestion';
import { questionClause } from '../question/classify';
import { cueAt } from '../question/cues';
import { questionWords } from '../question/vocabularyOfQuestions';
import { wordMatch, type TopicWord } from '../question/TopicWord';
import type { FactEntry } from '../retrieval/FactIndex';
import type { Candidate } from './Candidate';
import { keyWord } from './scoreFacts';

/** How well a text must hold the step or document whose time is asked (a word within a compound of it will do: "mandatmål" of "mål"). */
const STEP_NAMED = 0.6;
/** Of a step the pack has no fact of, the words of the last question's clause at least this share as telling as the question's most telling word (which it must hold) name it. */
const LOOSE_SHARE = 0.6;
/** The word a month or a date is asked for by ("I vilken månad …", "Per vilket datum …", "in which month"). */
const TIME_ASKED = /^(manad(en|er|erna)?|datum(et)?|months?|dates?)$/;
/** How far down the candidates one of the step asked may be found. */
export const STEP_REACH = 5;

/** The clause of the last question word ("… planera in när … ekonomin. Per vilket datum görs den?" → "vilket datum görs den"). */
function lastClause(ws: string[]): string[] {
  let at = -1;
  for (let i = cueAt(ws, questionWords); i >= 0; i = cueAt(ws, questionWords, i + 1)) at = i;
  return at >= 0 ? ws.slice(at) : ws;
}

/**
 * Of a question of a month or a day, the topic words of its own clause that name a step or a document of the pack in
 * full ("årsredovisningen" of "I vilken månad ska fullmäktige godkänna årsredovisningen?"). What a sentence before the
 * question names ("fullmäktige har sina mål för hela mandatperioden") is not asked; a word of a longer name asked is
 * that name's ("mål" of "mål för kommande år"). `loose`: no fact names it, the question's words do.
 */
function stepsNamed(part: QuestionPart, facts: FactEntry[]): { steps: TopicWord[]; loose: boolean } {
  if (part.wants !== 'month' && part.wants !== 'date') return { steps: [], loose: false };
  // (A word a fact of these kinds is named by alone.)
  const namedBy = (kinds: FactEntry['kind'][]) => (w: TopicWord) => facts.some((f) => kinds.includes(f.kind) && f.nameLists.some((l) => l.length === 1 && [w.stem, ...w.alternatives.map((a) => a.stem)].includes(l[0])));
  const named = namedBy(['event', 'decision', 'documentType', 'period']);
  const asked = new Set(questionClause(part.words));
  const inClause = part.topic.filter((w) => w.word.split('_').every((x) => asked.has(x)));
  // (The longest name asked: not "mål" of "mål för kommande år".)
  const longest = (ws: TopicWord[]) => ws.filter((w) => !ws.some((o) => o !== w && o.word.split('_').includes(w.word)));
  if (inClause.some(named)) return { steps: longest(inClause.filter(named)), loose: false };
  // A step the pack has no fact of (a pack drafted from its document alone), when the month or the date is asked by name:
  // the words of the last question's clause nearly as telling as the question's most telling one, when that one stands
  // in it ("… ska lämna underlag om ekonomin. Per vilket datum görs den?" asks no date of the economy); no body, no word
  // for the time asked ("vilka månader").
  if (!part.words.some((w) => TIME_ASKED.test(w))) return { steps: [], loose: true };
  const body = namedBy(['body']);
  const last = new Set(lastClause(part.words));
  const things = inClause.filter((w) => w.known && !body(w) && !TIME_ASKED.test(w.word) && w.word.split('_').every((x) => last.has(x)));
  const key = keyWord(part.topic.filter((w) => !body(w)));
  return { steps: key && things.includes(key) ? longest(things.filter((w) => w.weight >= LOOSE_SHARE * key.weight)) : [], loose: true };
}

/**
 * Whether a candidate names the step whose month or day is asked, when the question names one (else undefined): in its
 * text or its heading ("I årets första bokslut, per den sista augusti, …" under "Delårsbokslut"), or by each part of it
 * or of a phrase it stands for, as a word or a word's start ("mandatmålen" – "mål för mandatperioden"), or a verbal noun
 * by its verb ("beredningen" – "bereds").
 */
export function stepAsked(part: QuestionPart, facts: FactEntry[], analyzer: Analyzer): (((c: Candidate) => boolean) & { loose: boolean }) | undefined {
  const { steps, loose } = stepsNamed(part, facts);
  if (!steps.length) return undefined;
  const names = (c: Candidate) => {
    const terms = analyzer.termSet(`${c.text}\n${c.sources.map((s) => s.section).join('\n')}`);
    const all = [...terms.all];
    const whole = (parts: string[], starts: boolean) => parts.length > 1 && parts.every((p) => terms.all.has(p) || (starts && all.some((t) => t.startsWith(p))));
    const verb = (w: TopicWord) => derived(w.word).some((d) => terms.whole.has(stem(d)));
    return steps.some((w) => wordMatch(w, terms) >= STEP_NAMED || verb(w) || whole(w.parts, !w.stem.includes('_')) || w.alternatives.some((a) => whole(a.parts, !a.stem.includes('_'))));
  };
  return Object.assign(names, { loose });
}
