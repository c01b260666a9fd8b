import type { Candidate } from '../answer/Candidate';
import { monthNumbers, words } from '../lexicon/normalize';
import { moneyAmount, statesUnit, unnumbered } from '../lexicon/numberWords';
import { stem } from '../lexicon/stem';
import { keyWord } from '../answer/scoreFacts';
import { cueAt, hasCue, isCue } from '../question/cues';
import { negationWords } from '../question/vocabularyOfQuestions';
import { englishOnlyStopwords, swedishStopwords } from '../lexicon/stopwords';
import type { TopicWord } from '../question/TopicWord';
import { namesGenericBody } from '../retrieval/bodyWords';
import { generalStrategy } from './general';
import { countedNear, ratesOf } from './countedNear';
import type { AnswerContext, Strategy } from './Strategy';
import type { PassageIndex } from '../retrieval/PassageIndex';

/**
 * "Målen för kommande år är inte begränsade i antal": a text that names the counted word and says there is no limit
 * answers how many there may be.
 */
function statesNoLimit(text: string, counted: Set<string>): boolean {
  const ws = words(text);
  const limit = (w: string) => /^(begrans|max|tak$|limit)/.test(w);
  return ws.some((w) => counted.has(stem(w))) && ws.some((w, i) => /^obegrans|^unlimited/.test(w) || (limit(w) && ws.slice(Math.max(0, i - 3), i).some((n) => isCue(n, negationWords))));
}

/** How much of the question's topic a candidate covers when the model clearly has that topic. */
const TOPIC_HELD = 0.6;
/** How much of the topic a sentence of a frequency or a length of time must hold to answer how often or how long. */
const OFTEN_TOPIC = 0.3;

/** The head of a counted compound whose first part names a body ("hur många nämndmål" counts mål: "max tre mål" answers it). */
const headOf = (w: string, ctx: AnswerContext): string[] => {
  const [t] = ctx.lexicon.analyzer.tokens(w);
  return t && t.parts.length === 2 && namesGenericBody(t.parts[0]) ? [t.parts[1]] : [];
};

/** Words that ask a sum of money. */
const moneyWords = ['pengar', 'money', 'funding', 'kronor', 'belopp*', 'summa', 'summan', 'sum'];

/** "Hur mycket …", "hur stort …": an amount is asked, which the model writes in digits. */
const amountCues = ['hur mycket', 'how much', 'hur stor', 'hur stort', 'hur stora', 'how large', 'how big', 'vad kostar'];


const prepositions = ['for', 'i', 'till', 'pa', 'av', 'per', 'under', 'inom', 'in', 'to', 'on', 'of', 'within'];
/**
 * The sum a question of amount names: the words after the cue up to a preposition, less stop words ("hur stort är det
 * anslaget" → anslag; "hur stor är barn- och ungdomsnämndens totala budgetram för 2026" → all four, which a sentence
 * about another sum does not hold).
 */
function sumNamed(after: string[]): string[] {
  const end = after.findIndex((w) => prepositions.includes(w));
  return after.slice(0, end < 0 ? 6 : Math.min(end, 6)).filter((w) => !swedishStopwords.has(w) && !englishOnlyStopwords.has(w)).map(stem);
}

/** Whether a text states an amount: a number in digits that is neither a year nor a day ("15 oktober", "per 30 april"). */
const statesAmount = (text: string) => {
  const ws = words(unnumbered(text));
  return ws.some((w, i) => /^\d+$/.test(w) && !/^(19|20)\d\d$/.test(w) && monthNumbers[ws[i + 1]] === undefined);
};

/** Whether a sentence of the text states the count and also names the thing asked about ("investeringsplan för kommande femårsperiod"). */
function statedOfKey(text: string, counted: Set<string>, rates: Set<string>, key: TopicWord | undefined): boolean {
  if (!key) return false;
  // The word itself or what it may stand for, not its compound parts ("plan" of "investeringsplan").
  const terms = [key.stem, ...key.alternatives.map((a) => a.stem)];
  return text.split(/(?<=[.!?:])\s+|\n/).some((s) => countedNear(s, counted, rates) && words(s).some((w) => terms.some((t) => t.length > 3 && w.includes(t))));
}

/**
 * The stems of the first two counted words when the question asks them side by side and the documents write the first
 * only ever before the second ("hur många fackliga representanter" – "… kommunens ledningsgrupp och fackliga
 * representanter"): a phrase of the documents, a kind of what is counted.
 */
function phraseWritten(counted: string[], asked: string[], passages: PassageIndex): string[] | undefined {
  const [a, b] = counted;
  if (!a || !b || asked[asked.indexOf(a) + 1] !== b) return undefined;
  return passages.writesOnlyBefore(stem(a), stem(b)) ? [stem(a), stem(b)] : undefined;
}

/**
 * "Hur många …?", "hur ofta …?": only an answer that states the number (next to what is counted) or
 * the frequency will do. When the model has the topic but no such sentence, it says plainly that the
 * model does not state it, rather than answering with an unrelated number.
 */
export const countStrategy: Strategy = {
  kinds: ['howmany', 'howoften'],
  candidates(part, ctx): Candidate[] {
    // Every candidate, not only the few best: the one that states the number may rank lower on the topic alone.
    const all = generalStrategy.candidates(part, { ...ctx, wide: true });
    // Each counted word as it is, its translation and alternatives, and what a phrase it begins stands for
    // ("key figures" → nyckeltal, "focus areas" → fokusområden).
    const countedWords = part.counted ?? [];
    // (A phrase counted opens where the counted words do: "hur många kommunövergripande mål … i mål och budget" counts no "mål och budget".)
    const phrases = part.topic.filter((t) => t.word.split('_')[0] === countedWords[0] && t.word.includes('_'));
    const counted = countedWords.length && part.kind === 'howmany'
      ? new Set([...countedWords.flatMap((w) => [stem(w), ...headOf(w, ctx), ...ctx.lexicon.translations(w).map(stem), ...ctx.lexicon.alternatives(w, ctx.question.english).map((a) => a.stem)]), ...phrases.flatMap((t) => t.alternatives.map((a) => a.stem))])
      : undefined;
    // "hur många X" needs the number beside X; an amount asked in a unit ("i kronor", "i procent") needs
    // that unit; "hur mycket …" a number written in digits that is neither a year nor a day.
    const units = part.units;
    // "Hur mycket …" asks an amount, which the model writes in digits ("30 miljoner kr"), not a count in words.
    const amountAt = cueAt(part.words, amountCues);
    const amount = amountAt >= 0;
    const rates = ratesOf(part.words);
    // (A length in time, "hur länge"; not "hur långt fram", whose sentence names the frame asked in rather than the key.)
    const duration = hasCue(part.words, ['hur lange']);
    // Money asked as such ("hur mycket pengar", "how much funding") or a sum named after the cue ("hur stort
    // anslag", "hur stort är det anslaget"): an amount of money answers it when it is of that sum.
    // (Money may be named in a sentence before the question: "… har fått extra pengar för betygen. Hur stor summa handlar det om?")
    const moneyAsked = hasCue(words(ctx.question.text), moneyWords);
    const sum = amount ? sumNamed(part.words.slice(amountAt + 2)) : [];
    const moneyOfSum = (text: string) => {
      const stems = new Set(words(text).map(stem));
      return moneyAmount.test(text) && (moneyAsked || (sum.length > 0 && sum.every((s) => stems.has(s))));
    };
    // "hur många fackliga representanter …": a counted phrase the pack knows is counted whole; "två representanter per
    // parti" counts other representatives. The text names the phrase (each of its words) or what it stands for.
    // (So is a modifier and its noun asked side by side that the documents write so: a pack built from its document alone
    // knows no phrase, but its text says "… och fackliga representanter".)
    const written = part.kind === 'howmany' && !phrases.length ? phraseWritten(countedWords, part.words, ctx.passages) : undefined;
    const phraseHeld = (text: string) => {
      if (!phrases.length && !written) return true;
      const ws = words(text);
      // (A word of the phrase may be a compound's part: "övergripande mål" – "De kommunövergripande målen …".)
      const stems = new Set([...ws.map(stem), ...ctx.lexicon.analyzer.terms(text)]);
      if (written) return written.every((w) => stems.has(w));
      return phrases.every((p) => p.word.split('_').every((w) => stems.has(stem(w))) || p.alternatives.some((a) => a.stem.length > 3 && ws.some((w) => w.includes(a.stem))));
    };
    const states = (c: Candidate) => {
      // (A frequency of something else, "tre uppföljningar per år", answers no "hur ofta ska medarbetarsamtal hållas".)
      if (part.kind === 'howoften') return c.fit >= 0.7 && c.coverage >= OFTEN_TOPIC;
      if (counted && !phraseHeld(c.text)) return false;
      // Any figure in digits, or in the unit asked, passes for an amount: only one of the very topic asked ("hur mycket
      // pengar får fritidsgårdarna" is not answered by "30 miljoner kr … till barn- och ungdomsnämnden").
      if ((amount || units) && c.coverage < TOPIC_HELD) return false;
      // (A length of time must be of the key word asked: "hur länge ska planerna bevaras" is not answered by "treårig" of the budget.)
      if (duration && (!c.keyHit || c.coverage < OFTEN_TOPIC)) return false;
      if (units) return statesUnit(c.text, units);
      if (amount && moneyOfSum(c.text)) return true;
      return (!amount || statesAmount(c.text)) && (counted ? countedNear(c.text, counted, rates) || (!amount && statesNoLimit(c.text, counted)) : statesAmount(c.text));
    };
    // Of those stating a number, first the ones that state it of what the question asks about.
    const key = keyWord(part.topic);
    // Two sentences whose excerpts are the same text (one points back at the other) state it once.
    const firstOfText = new Map<string, Candidate>();
    for (const c of all) if (!firstOfText.has(c.text)) firstOfText.set(c.text, c);
    // (A list whose item states the count gives its introduction and that item: "… ska de följa nedanstående principer: … De
    // kommunövergripande målen ska vara max fem till antalet.")
    const toItems = (c: Candidate): Candidate => {
      const [intro, ...items] = c.text.split('\n- ');
      const hits = counted ? items.filter((item) => countedNear(item, counted, rates)) : [];
      return hits.length && hits.length < items.length ? { ...c, text: [intro, ...hits].join('\n- ') } : c;
    };
    const stating = [...firstOfText.values()].filter(states).map(toItems);
    const ofKey = new Map(stating.map((c) => [c, counted && statedOfKey(c.text, counted, rates, key) ? 1 : 0]));
    stating.sort((a, b) => ofKey.get(b)! - ofKey.get(a)!);
    if (stating.length) return stating;
    // No candidate states it: "Det vet jag inte", never an answer without the number; when the model
    // clearly has the topic, it says so.
    const [best] = all;
    if (!best) return [];
    const refusal = best.coverage < TOPIC_HELD ? '' : ctx.question.english
      ? 'The governance model does not state that figure.'
      : part.kind === 'howoften' ? 'Styrmodellen anger inte hur ofta.' : 'Styrmodellen anger inte den siffran.';
    return [{ ...best, refusal }];
  },
};
