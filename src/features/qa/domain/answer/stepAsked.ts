import type { Analyzer } from '../lexicon/Analyzer';
import { stem } from '../lexicon/stem';
import { derived } from '../lexicon/wordForms';
import type { QuestionPart } from '../question/analyzeQuestion';
import { questionClause } from '../question/classify';
import { wordMatch, type TopicWord } from '../question/TopicWord';
import type { FactEntry } from '../retrieval/FactIndex';
import type { Candidate } from './Candidate';
import { keyWord } from './scoreFacts';

/** How well a text must hold the step or document whose time is asked (a word within a compound of it will do: "mandatmål" of "mål"). */
const STEP_NAMED = 0.6;
/** Of a step the pack has no fact of, the words of the question's own clause nearly as telling as its most telling word (which it must hold) name it. */
const LOOSE_SHARE = 0.6;
/** How far down the candidates one of the step asked may be found. */
export const STEP_REACH = 5;

/**
 * Of a question of a month or a day, the topic words of its own clause that name a step or a document of the pack in
 * full ("årsredovisningen" of "I vilken månad ska fullmäktige godkänna årsredovisningen?"). What a sentence before the
 * question names ("fullmäktige har sina mål för hela mandatperioden") is not asked; a word of a longer name asked is
 * that name's ("mål" of "mål för kommande år").
 */
function stepsNamed(part: QuestionPart, facts: FactEntry[]): { steps: TopicWord[]; loose: boolean } {
  if (part.wants !== 'month' && part.wants !== 'date') return { steps: [], loose: false };
  const named = (w: TopicWord) => facts.some((f) => (f.kind === 'event' || f.kind === 'decision' || f.kind === 'documentType' || f.kind === 'period') && f.nameLists.some((l) => l.length === 1 && [w.stem, ...w.alternatives.map((a) => a.stem)].includes(l[0])));
  const asked = new Set(questionClause(part.words));
  // (Not a word for the time asked: "vilka månader".)
  const inClause = part.topic.filter((w) => w.known && !/^(manad|month)/.test(w.word) && w.word.split('_').every((x) => asked.has(x)));
  const body = (w: TopicWord) => facts.some((f) => f.kind === 'body' && f.nameLists.some((l) => l.length === 1 && [w.stem, ...w.alternatives.map((a) => a.stem)].includes(l[0])));
  const loose = !inClause.some(named);
  const key = keyWord(part.topic.filter((w) => !body(w)));
  const steps = loose ? (key && inClause.includes(key) ? inClause.filter((w) => !body(w) && w.weight >= LOOSE_SHARE * key.weight) : []) : inClause.filter(named);
  return { steps: steps.filter((w) => !steps.some((o) => o !== w && o.word.split('_').includes(w.word))), loose };
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
