import type { CycleEvent } from '../../../../kernel/knowledge/packSchema';
import { sure, type Candidate } from '../answer/Candidate';
import { decidesNothing, scoreFacts } from '../answer/scoreFacts';
import { coverage, wordMatch, type TopicWord } from '../question/TopicWord';
import { cueAt, cueLengthAtStart, hasCue } from '../question/cues';
import { monthNumbers, words } from '../lexicon/normalize';
import { genericDecisionVerbs } from '../question/vocabularyOfQuestions';
import { monthsText } from '../render/months';
import { uniqueSources } from '../sources';
import type { QuestionPart } from '../question/analyzeQuestion';
import type { FactEntry } from '../retrieval/FactIndex';
import { notSaidDone, saidDone } from '../question/saidDone';
import { namesGenericBody } from '../retrieval/sentenceCues';
import { sequelOf } from './sequel';
import { diagramSequel } from './diagramSequel';
import { numberedSequel } from './numberedSequel';
import { stepAftermath } from './stepAftermath';
import { splitSentences } from '../../../../kernel/knowledge/sentences';
import type { AnswerContext, Strategy } from './Strategy';

/**
 * A step the pack records as taken once, by the minutes of one meeting ("… antogs den 1 september (§ 160)"): what was
 * done one year, not a step every year takes next.
 */
const isRecord = (e: CycleEvent) => /§\s*\d+/.test(e.action);

/** How much a step in the season the question asks about ("under hösten") goes before others. */
const SEASON_BONUS = 0.5;

/** Words that ask for more of the same ("händer det nåt mer", "anything else", "senare under året"). */
const moreCues = ['mer', 'more', 'else', 'senare', 'later'];
/** How many months on a later step of the same thing may be ("vad händer med budgeten efter junibeslutet?"). */
const THING_AHEAD = 6;

/** Months from one step's start to another's, going forward round the year (0–11). */
const monthsAhead = (from: Pick<CycleEvent, 'months'>, to: Pick<CycleEvent, 'months'>) => (to.months[0] - from.months[0] + 12) % 12;

/** Where the question stands in the year: a step of the annual cycle, or a decision with its months ("KF har beslutat budgeten i juni"). */
type Anchor = { title: string; months: number[]; source: CycleEvent['source']; event?: CycleEvent; terms: FactEntry['nameTerms'] };

const monthsOf = (e: FactEntry): number[] => (e.kind === 'event' || e.kind === 'decision' ? e.fact.months : []);

/** "nästa steg i processen", "next step in the cycle": what follows "i" names the frame the question asks in, not the step (its first `n` words). */
const frameCues = ['nasta steg i', 'nasta steget i', 'next step in', 'steg i'];
function frameOf(part: QuestionPart, n: number): Set<string> {
  const cue = cueAt(part.words, frameCues);
  const after = cue >= 0 ? cue + cueLengthAtStart(part.words.slice(cue), frameCues) : -1;
  return new Set(after >= 0 ? part.words.slice(after, after + n) : []);
}

function anchorOf(asked: QuestionPart, ctx: AnswerContext, fromDone = true): Anchor | undefined {
  // The step said done, when its words name a step (not only who took it: "Fullmäktige har klubbat kommunens budget").
  const done = fromDone ? saidDone(asked, ctx.question.text) : [];
  const doneStep = done.length ? anchorOf({ ...asked, topic: done }, ctx, false) : undefined;
  if (doneStep && done.some((w) => !namesGenericBody(w.word) && wordMatch(w, doneStep.terms) >= 0.7)) return doneStep;
  // "Budgetdagen är klar – vad är nästa steg innan KF ska besluta om mål- och budget?": what comes after "innan"
  // is where the steps lead, not the step done.
  // (Not of the words said done, which are the step even when the question names it again after "innan".)
  const until = fromDone ? cueAt(asked.words, ['innan', 'before', 'until', 'fram till'], 1) : -1;
  const ahead = until > 0 ? new Set(asked.words.slice(until + 1)) : undefined;
  // Nor does the frame it is asked in ("Mandatmålen är antagna. Vad är nästa steg i styrkedjan?").
  const frame = frameOf(asked, 2);
  const aside = (t: TopicWord) => (ahead && t.word.split('_').every((w) => ahead.has(w))) || frame.has(t.word);
  const part = ahead || frame.size ? { ...asked, topic: asked.topic.filter((t) => !aside(t)) } : asked;
  // Said of the step, in the question or in a sentence before it ("KF har klubbat målen. Vad är nästa steg?").
  const decided = hasCue(ctx.question.parts.length === 1 ? words(ctx.question.text) : part.words, genericDecisionVerbs);
  // The best-named step; a step in the month the question names ("… nu i oktober") may be named less fully.
  const named = (kind: 'event' | 'decision') => {
    const scored = scoreFacts(part, ctx.question.english, ctx.facts.filter((f) => f.kind === kind && f.fact.months.length > 0));
    const inMonth = part.month ? scored.find((s) => s.nameCoverage >= 0.35 && monthsOf(s.entry).includes(part.month!)) : undefined;
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
  if (step?.kind === 'event') return { title: step.fact.title, months: step.fact.months, source: step.fact.source, event: step.fact, terms: step.nameTerms };
  if (step?.kind === 'decision') return { title: step.fact.subject, months: step.fact.months, source: step.fact.source, terms: step.nameTerms };
  return undefined;
}

/** "Vilken rapport kommer härnäst?", "which report comes next?": the topic word right after "vilken"/"which", if any. */
function kindAsked(part: QuestionPart): TopicWord | undefined {
  const at = part.words.findIndex((w) => w === 'vilken' || w === 'vilket' || w === 'which');
  return at < 0 ? undefined : part.topic.find((t) => t.word === part.words[at + 1]);
}

/**
 * "Vi har haft omvärldsdagen – vad är nästa steg?": the annual cycle has an order. The step the question
 * names is found among the pack's cycle events; the answer is what follows it (in the pack's order,
 * within the next months), preferring steps that hold the rest of the question ("vad ska förvaltningen
 * göra härnäst?"). Two steps when they follow at once in the same month.
 */
export const nextStrategy: Strategy = {
  kinds: ['next'],
  candidates(part, ctx): Candidate[] {
    const events = ctx.facts.filter((f) => f.kind === 'event');
    const from = anchorOf(part, ctx);
    // A step the cycle does not hold: what the documents say follows it, if they do.
    // (Of the words that name it, those the pack has: "… hamnar dom i en låda?" names nothing the documents could follow;
    // nor the frame asked in: "nästa steg i årshjulet".)
    if (!from) {
      const inFrame = frameOf(part, 2);
      const topic = part.topic.filter((w) => !inFrame.has(w.word));
      return [sequelOf(topic.filter((w) => w.known), [], part, ctx, [], true) ?? numberedSequel(topic, ctx) ?? diagramSequel(topic, ctx)].filter((c) => c !== undefined);
    }
    // "När kommunstyrelsens verksamhetsplan är antagen ska förvaltningen …": a sentence of the documents that opens
    // with the step asked about says what follows it, before the cycle's order does.
    const naming = part.topic.filter((w) => wordMatch(w, from.terms) >= 0.7);
    // The rest of what the sentence must hold is what the question names beside the step (a body, a plan), not how it asks ("förväntas").
    const named = (w: TopicWord) => [w.stem, ...w.alternatives.map((a) => a.stem)].some((t) => ctx.lexicon.isDomainTerm(t));
    const frame = frameOf(part, 2);
    const frameWords = frameOf(part, 4);
    const told = sequelOf(naming, part.topic.filter((w) => !naming.includes(w) && named(w) && !frame.has(w.word)), part, ctx, from.event?.actor, false, from.months);
    if (told) return [told];
    const order = ctx.pack.events;
    // A decision has no place in the cycle's order: only the steps of later months follow it.
    const at = from.event ? order.indexOf(from.event) : order.length;
    // (Less the frame asked in: "nästa steg i mål- och budgetprocessen" names the process, not the step.)
    // ("… vilken rapport kommer härnäst?": the kind of step asked for is what the next one must be, even a word of the step done.)
    const kind = kindAsked(part);
    const rest = part.topic.filter((w) => w === kind || (wordMatch(w, from.terms) < 0.7 && !frameWords.has(w.word)));
    // Who took the step said done may take the next one or not ("När kommunstyrelsen har beslutat om planeringsförutsättningarna
    // – vilket är nästa steg?"): a step that holds it is held half as much as one that holds what else the question names.
    // (So is who takes the step asked, as the cycle has it: "Förvaltningarna gör sin risk- och väsentlighetsanalys …".)
    const fromEntry = events.find((f) => f.fact === from.event);
    const restShare = notSaidDone(rest, part, ctx.question.text, (w) => Boolean(fromEntry && wordMatch(w, fromEntry.deciderTerms) >= 0.7));
    const ofKind = (e: FactEntry) => Boolean(kind && wordMatch(kind, e.nameTerms) >= 0.7);
    // A step that takes in what the asked step puts out follows it, even some months on (KF's goals in January → KS's in May).
    const stemsOf = new Map<string, string[]>();
    const stems = (text: string) => stemsOf.get(text) ?? stemsOf.set(text, ctx.lexicon.analyzer.tokens(text).map((t) => t.stem)).get(text)!;
    /**
     * Whether step b takes in what step a puts out: by stems of a's output found in b's input or in b's title
     * ("Risk- och väsentlighetsanalys samt underlag till internkontrollplan" feeds "Internkontrollplan för nämnder …").
     */
    const feeds = (a: Pick<CycleEvent, 'output'> | undefined, b: CycleEvent) => {
      const out = a?.output ? stems(a.output) : [];
      if (!out.length || !b.input) return false;
      const input = new Set([...stems(b.input), ...stems(b.title)]);
      return out.filter((w) => input.has(w)).length >= 0.6 * out.length;
    };
    const takes = (e: CycleEvent) => feeds(from.event, e);
    // "Budgeten är beslutad i juni. Händer det något mer med den under hösten?": the steps of the season asked, however far on.
    const inSeason = (e: CycleEvent) => Boolean(part.season?.some((m) => e.months.includes(m)));
    // "Händer det nåt mer med budgeten senare under året?", "does anything else happen to it later?": what more happens with
    // the thing itself (or what "den"/"it" points back at), its later steps within half a year; "vad händer sen med den?"
    // asks the next step, whatever it is.
    const withThing = hasCue(part.words, moreCues) && part.words.some((w, i) => (w === 'med' || w === 'with' || w === 'to') && (naming.some((n) => n.word === part.words[i + 1]) || ['den', 'dem', 'it', 'them'].includes(part.words[i + 1])));
    const ofThing = (e: CycleEvent, ahead: number) => withThing && ahead <= THING_AHEAD && coverage(naming, events.find((f) => f.fact === e)!.nameTerms) >= 0.7;
    const ranked = order
      .map((e, i) => ({ e, i, ahead: monthsAhead(from, e), steps: from.event ? (i - at + order.length) % order.length : 0 }))
      .filter((c) => c.e !== from.event && !isRecord(c.e) && (c.ahead > 0 || c.i > at) && (c.ahead <= 3 || takes(c.e) || inSeason(c.e) || ofThing(c.e, c.ahead) || ofKind(events.find((f) => f.fact === c.e)!)))
      .map((c) => {
        const entry = events.find((f) => f.fact === c.e)!;
        const holdsRest = rest.length ? restShare * Math.max(coverage(rest, entry.nameTerms), coverage(rest, entry.textTerms), coverage(rest, entry.deciderTerms)) : 0;
        // The step that takes in what the asked step puts out ("Verksamhetsplan per förvaltning") follows it first.
        const takesOutput = takes(c.e) ? 1 : 0;
        // ("Händer det något mer med den under hösten?": of the season's steps, one that is of the same thing goes first.)
        const sameThing = (inSeason(c.e) || ofThing(c.e, c.ahead)) && naming.length ? coverage(naming, entry.nameTerms) : 0;
        return { ...c, sameThing, score: 1 - 0.08 * c.steps - 0.1 * c.ahead + 0.6 * holdsRest + 1.5 * takesOutput + (inSeason(c.e) ? SEASON_BONUS : 0) + 0.6 * sameThing };
      })
      .sort((a, b) => b.score - a.score);
    // "Nämnderna har fastställt sina delårsrapporter i september, vad händer sen?": a step that goes on past the month the
    // question is in ("September–oktober – … som fastställs av kommunfullmäktige i oktober") goes on first.
    const laterMonths = from.event && part.month !== undefined && from.months.includes(part.month) ? from.months.filter((m) => monthsAhead({ months: [part.month!] }, { months: [m] }) > 0) : [];
    const goesOn = from.event && laterMonths.length ? splitSentences(from.event.action).find((x) => words(x).some((w) => laterMonths.includes(monthNumbers[w]))) : undefined;
    if (!ranked.length) return goesOn ? [sure({ text: goesOn, sources: [ctx.cite(from.source)], language: 'sv', via: 'fact' }, `next within ${from.title}`)] : [];
    const [first, second] = ranked;
    // Two steps when they follow at once in the same month, or when the next step puts out what a step
    // within two months takes in (KS prepares the proposals in December, KF adopts them in January).
    const fed = order.find((e) => e !== first.e && feeds(first.e, e) && monthsAhead(first.e, e) <= 2);
    // The season's steps of the same thing, when more than one: each, in the year's order.
    const ofSeason = ranked.filter((c) => c.sameThing >= 0.7).slice(0, 3);
    const steps = ofSeason.length > 1
      ? ofSeason.sort((a, b) => a.ahead - b.ahead)
      : second && second.e.months[0] === first.e.months[0] && Math.abs(second.i - first.i) === 1 && second.score >= first.score - 0.2
      ? [first, second].sort((a, b) => a.i - b.i)
      : fed ? [first, { e: fed }] : [first];
    const line = (e: CycleEvent) => `${e.title} (${monthsText(e.months)}): ${e.action}`;
    // What the step leads to comes first: where it goes on past the month asked, or what it says happens in the case the
    // question supposes, or where its result goes (see stepAftermath).
    const aftermath = goesOn ? { text: goesOn } : stepAftermath(from, part, ctx);
    const onward = aftermath?.text;
    const text = `${onward ? `${onward} ` : ''}Efter ${from.title.toLowerCase()} (${monthsText(from.months)}) kommer: ${steps.map((s) => line(s.e)).join(' Därefter: ')}`;
    return [sure({ text, sources: uniqueSources([...(aftermath?.source ? [aftermath.source] : []), ...steps.map((s) => ctx.cite(s.e.source)), ctx.cite(from.source)]), language: 'sv', via: 'fact' }, `next after ${from.title}`)];
  },
};
