import { decidesNothing, scoreFacts } from '../answer/scoreFacts';
import { coverage, wordMatch, type TopicWord } from '../question/TopicWord';
import { cueAt, cueLengthAtStart, hasCue, isCue } from '../question/cues';
import { words } from '../lexicon/normalize';
import { afterWords, genericDecisionVerbs, nextWords, stepVerbs } from '../question/vocabularyOfQuestions';
import type { CycleEvent } from '../../../../kernel/knowledge/packSchema';
import type { QuestionPart } from '../question/analyzeQuestion';
import type { FactEntry } from '../retrieval/FactIndex';
import { saidDone } from '../question/saidDone';
import { namesGenericBody } from '../retrieval/bodyWords';
import type { AnswerContext } from './Strategy';

/**
 * Where a question of what comes next stands in the year (see next.ts): the step of the annual cycle it names, or says
 * done, or a decision with its months.
 */

/** Where the question stands in the year: a step of the annual cycle, or a decision with its months ("KF har beslutat budgeten i juni"). */
export type Anchor = { title: string; months: number[]; source: CycleEvent['source']; event?: CycleEvent; terms: FactEntry['nameTerms'] };

const monthsOf = (e: FactEntry): number[] => (e.kind === 'event' || e.kind === 'decision' ? e.fact.months : []);

/** "nästa steg i processen", "next step in the cycle": what follows "i" names the frame the question asks in, not the step (its first `n` words). */
const frameCues = ['nasta steg i', 'nasta steget i', 'next step in', 'steg i'];
export function frameOf(part: QuestionPart, n: number): Set<string> {
  const ws = part.words;
  const cue = cueAt(ws, frameCues);
  // ("Vad händer sen i processen?", "vad kommer härnäst i budgetprocessen?": "i" right after asking what follows; not a
  // body, which is who takes the next step: "vad händer sen i nämnderna?")
  const asked = (k: number) => (ws[k] === 'i' || ws[k] === 'in') && (isCue(ws[k - 1], nextWords) || (isCue(ws[k - 1], afterWords) && isCue(ws[k - 2] ?? '', stepVerbs)));
  const afterAsked = ws.findIndex((_, k) => k >= 2 && asked(k)) + 1;
  const after = cue >= 0 ? cue + cueLengthAtStart(ws.slice(cue), frameCues) : afterAsked > 0 ? afterAsked : -1;
  return new Set(after >= 0 ? ws.slice(after, after + n).filter((w) => !namesGenericBody(w)) : []);
}

/**
 * "… vad är nästa steg innan KF ska besluta om mål- och budget?": whether a topic word is of what comes after "innan" (or
 * "before", "until", "fram till"), where the steps lead, not the step done; undefined when the question has no such clause.
 */
export function leadsTo(part: QuestionPart): ((t: TopicWord) => boolean) | undefined {
  const until = cueAt(part.words, ['innan', 'before', 'until', 'fram till'], 1);
  if (until <= 0) return undefined;
  const ahead = new Set(part.words.slice(until + 1));
  return (t) => t.word.split('_').every((w) => ahead.has(w));
}

export function anchorOf(asked: QuestionPart, ctx: AnswerContext, fromDone = true): Anchor | undefined {
  // The step said done, when its words name a step (not only who took it: "Fullmäktige har klubbat kommunens budget").
  const done = fromDone ? saidDone(asked, ctx.question.text) : [];
  const doneStep = done.length ? anchorOf({ ...asked, topic: done }, ctx, false) : undefined;
  if (doneStep && done.some((w) => !namesGenericBody(w.word) && wordMatch(w, doneStep.terms) >= 0.7)) return doneStep;
  // "Budgetdagen är klar – vad är nästa steg innan KF ska besluta om mål- och budget?": what comes after "innan"
  // is where the steps lead, not the step done.
  // (Not of the words said done, which are the step even when the question names it again after "innan".)
  const ahead = fromDone ? leadsTo(asked) : undefined;
  // Nor does the frame it is asked in ("Mandatmålen är antagna. Vad är nästa steg i styrkedjan?"), nor a remark after the
  // question, which may ask what comes ("… vad händer sen med det? blir det nån dialog innan det går vidare").
  const frame = frameOf(asked, 2);
  const aside = (t: TopicWord) => Boolean(ahead?.(t)) || frame.has(t.word) || Boolean(t.remark);
  const part = ahead || frame.size || asked.topic.some((t) => t.remark) ? { ...asked, topic: asked.topic.filter((t) => !aside(t)) } : asked;
  // Said of the step, in the question or in a sentence before it ("KF har klubbat målen. Vad är nästa steg?").
  // (Not of what the steps lead to: "… vad är nästa steg, innan det blir beslut?".)
  const said = ctx.question.parts.length === 1 ? words(ctx.question.text) : part.words;
  const until = said.findIndex((w) => w === 'innan' || w === 'before');
  const decided = hasCue(until < 0 ? said : said.slice(0, until), genericDecisionVerbs);
  // The best-named step; a step in the month the question names ("… nu i oktober"), or in the season the step said done is
  // in, may be named less fully.
  const doneIn = part.month !== undefined ? [part.month] : (part.doneSeason ?? []);
  const named = (kind: 'event' | 'decision') => {
    const scored = scoreFacts(part, ctx.question.english, ctx.facts.filter((f) => f.kind === kind && f.fact.months.length > 0));
    const inMonth = doneIn.length ? scored.find((s) => s.nameCoverage >= 0.35 && monthsOf(s.entry).some((m) => doneIn.includes(m))) : undefined;
    // A step is named when most of the question is its name, or else when the question spells out its title
    // beside other words (all of it, or two of three words: "Omvärldsdagen är avklarad – vad är nästa steg i
    // planeringsprocessen?"), the title spelt out most first. A phrase ("mål och budget") asks each of its words.
    const asked = new Set(part.topic.flatMap((w) => [w.stem, ...(w.stem.includes('_') ? w.parts : []), ...w.alternatives.map((a) => a.stem)]));
    const title = (e: FactEntry) => e.nameLists[0] ?? [];
    const spelt = (e: FactEntry) => title(e).filter((t) => asked.has(t)).length;
    const share = (e: FactEntry) => spelt(e) / (title(e).length || Infinity);
    const most = scored.filter((s) => s.nameCoverage >= 0.5);
    // When the question says the step was decided ("Styrelsen har beslutat om vårt delårsbokslut"), a step that decides comes first.
    const decides = (e: FactEntry) => (decided && !decidesNothing(e) ? 1 : 0);
    const fully = most.length ? most : scored.filter((s) => s.nameCoverage >= 0.3 && share(s.entry) >= 0.6).sort((a, b) => decides(b.entry) - decides(a.entry) || spelt(b.entry) - spelt(a.entry));
    // "KF har beslutat målen – vad händer sen?": the step that puts out what the question says was decided,
    // before one that only names it ("revidering av målen"); of two, the one that decides ("Antagande av mål …"
    // before "KS bereder förslagen till mandatmål"), then the one whose output is more fully what was said done
    // ("nämndens delårsbokslut": the nämnd's, not the kommun's), then the one whose title is asked more fully
    // ("Beslut mål och budget" before "Ändringsbeslut kommunfullmäktiges mål- och budget").
    const output = (e: FactEntry) => (e.kind === 'event' && e.fact.output ? coverage(part.topic, ctx.lexicon.analyzer.termSet(e.fact.output)) : 0);
    const putsOut = decided
      ? fully
          .filter((s) => output(s.entry) >= 0.5)
          .sort((a, b) => decides(b.entry) - decides(a.entry) || output(b.entry) - output(a.entry) || share(b.entry) - share(a.entry))[0]
      : undefined;
    return (inMonth ?? putsOut ?? fully[0])?.entry;
  };
  // "Nämnden har beslutat budget- och årsplanen – vad är nästa steg?": a decision comes after the steps that
  // prepare it, so the decision is where the question stands when it comes later than the step named.
  const [event, decision] = [named('event'), named('decision')];
  const decidedLater = event && decision && decided && monthsOf(decision)[0] > Math.max(...monthsOf(event));
  const step = decidedLater ? decision : event ?? decision;
  // A step is named by what it is about, not only by who takes it: Alingsås's cycle has no step of "kommunens budget", and
  // "Dialog delårsbokslut", which fullmäktige takes, is not where "När fullmäktige har beslutat om kommunens budget …" stands.
  const bodies = ctx.facts.filter((f) => f.kind === 'body');
  // (A phrase names a thing of a body, not the body: "kommunstyrelsens verksamhetsplan".)
  const namesBody = (w: TopicWord) => !w.word.includes('_') && (namesGenericBody(w.word) || bodies.some((b) => wordMatch(w, b.nameTerms) >= 0.7));
  const namesThing = (e: FactEntry) => part.topic.some((w) => !w.remark && !namesBody(w) && wordMatch(w, e.nameTerms) >= 0.7);
  // (A step in the month the question names is named by it and by who takes it: "om gruppledarna i maj kommer fram till …".)
  const ofMonth = (e: FactEntry) => monthsOf(e).some((m) => doneIn.includes(m));
  if (step && !namesThing(step) && !ofMonth(step)) return undefined;
  if (step?.kind === 'event') return { title: step.fact.title, months: step.fact.months, source: step.fact.source, event: step.fact, terms: step.nameTerms };
  if (step?.kind === 'decision') return { title: step.fact.subject, months: step.fact.months, source: step.fact.source, terms: step.nameTerms };
  return undefined;
}
