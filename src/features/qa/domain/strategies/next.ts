import type { CycleEvent } from '../../../../kernel/knowledge/packSchema';
import { sure, type Candidate } from '../answer/Candidate';
import { coverage, wordMatch, type TopicWord } from '../question/TopicWord';
import { hasCue } from '../question/cues';
import { monthNumbers, monthOpening, words } from '../lexicon/normalize';
import { monthsText } from '../render/months';
import { uniqueSources } from '../sources';
import type { QuestionPart } from '../question/analyzeQuestion';
import type { FactEntry } from '../retrieval/FactIndex';
import { notSaidDone, saidDone } from '../question/saidDone';
import { sequelOf } from './sequel';
import { diagramSequel } from './diagramSequel';
import { numberedSequel } from './numberedSequel';
import { stepAftermath } from './stepAftermath';
import { splitSentences } from '../../../../kernel/knowledge/sentences';
import type { AnswerContext, Strategy } from './Strategy';
import { anchorOf, frameOf, leadsTo } from './nextAnchor';

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

/**
 * Whether a step starts while a step of months that run on in the year ("juni–september") still goes on, before its last
 * month: the June report does not follow "utskottsordförande tar fram förslag juni–september". (Months given otherwise,
 * "januari och oktober–december", say no such order.)
 */
function startsWithin(from: number[], e: Pick<CycleEvent, 'months'>): boolean {
  const running = from.length > 1 && from.every((m, i) => i === 0 || m === from[i - 1] + 1);
  return running && from.slice(0, -1).includes(e.months[0]);
}

/** "Vilken rapport kommer härnäst?", "which report comes next?": the topic word right after "vilken"/"which", if any. */
function kindAsked(part: QuestionPart): TopicWord | undefined {
  const at = part.words.findIndex((w) => w === 'vilken' || w === 'vilket' || w === 'which');
  return at < 0 ? undefined : part.topic.find((t) => t.word === part.words[at + 1]);
}

/**
 * What the documents say follows a step the cycle does not hold: a sentence that goes on from it, a numbered list's next
 * item, or the next box of a diagram. (Of the words that name it, those the pack has: "… hamnar dom i en låda?" names
 * nothing the documents could follow; nor the frame asked in, "nästa steg i årshjulet", nor where the steps lead, "innan
 * fullmäktige tar det samlade delårsbokslutet".)
 */
function toldElsewhere(part: QuestionPart, ctx: AnswerContext): Candidate[] {
  const inFrame = frameOf(part, 2);
  // (The step said done is the step, even when the question names it again after "innan".)
  const ahead = leadsTo(part);
  const done = ahead ? saidDone(part, ctx.question.text) : [];
  const topic = part.topic.filter((w) => !inFrame.has(w.word) && (!ahead?.(w) || done.includes(w)));
  // (Nor when it was taken: "KS har beslutat om sina mål på majmötet" names the step by its goals, not by the May meeting.)
  const when = topic.filter((w) => monthOpening(w.parts) !== undefined);
  const naming = topic.filter((w) => w.known && !when.includes(w));
  return [sequelOf(naming, [], part, ctx, [], true, when.map((w) => monthOpening(w.parts)!)) ?? numberedSequel(topic, ctx) ?? diagramSequel(topic, ctx)].filter((c) => c !== undefined);
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
    if (!from) return toldElsewhere(part, ctx);
    // "När kommunstyrelsens verksamhetsplan är antagen ska förvaltningen …": a sentence of the documents that opens
    // with the step asked about says what follows it, before the cycle's order does.
    const naming = part.topic.filter((w) => wordMatch(w, from.terms) >= 0.7);
    // The rest of what the sentence must hold is what the question names beside the step (a body, a plan), not how it asks
    // ("förväntas") nor a remark after it ("Vill planera in arbetet i min ledningsgrupp i tid.").
    const named = (w: TopicWord) => [w.stem, ...w.alternatives.map((a) => a.stem)].some((t) => ctx.lexicon.isDomainTerm(t));
    const frame = frameOf(part, 2);
    const frameWords = frameOf(part, 4);
    const told = sequelOf(naming, part.topic.filter((w) => !naming.includes(w) && named(w) && !frame.has(w.word) && !w.remark), part, ctx, from.event?.actor, false, from.months);
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
      .filter((c) => c.e !== from.event && !isRecord(c.e) && !startsWithin(from.months, c.e) && (c.ahead > 0 || c.i > at) && (c.ahead <= 3 || takes(c.e) || inSeason(c.e) || ofThing(c.e, c.ahead) || ofKind(events.find((f) => f.fact === c.e)!)))
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
    // (Nor when the cycle holds nothing after it: "vad händer med genomlysningarna sen?" after the last step of the year.)
    if (!ranked.length) return goesOn ? [sure({ text: goesOn, sources: [ctx.cite(from.source)], language: 'sv', via: 'fact' }, `next within ${from.title}`)] : toldElsewhere(part, ctx);
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
    return [{ ...sure({ text, sources: uniqueSources([...(aftermath?.source ? [aftermath.source] : []), ...steps.map((s) => ctx.cite(s.e.source)), ctx.cite(from.source)]), language: 'sv', via: 'fact' }, `next after ${from.title}`), ...(onward ? {} : { step: steps[0].e.title }) }];
  },
};
