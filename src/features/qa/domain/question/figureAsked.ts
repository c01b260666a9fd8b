import { monthNumbers } from '../lexicon/normalize';
import { numberValue, type FigureUnit } from '../lexicon/numberWords';
import { englishOnlyStopwords, readsAsEnglish, swedishStopwords } from '../lexicon/stopwords';
import { cueAt, hasCue, isCue, type Cues } from './cues';
import type { QuestionKind } from './QuestionKind';
import * as q from './vocabularyOfQuestions';
import { genitiveMark } from './questionText';

/** What a question of a figure asks: what it counts, and the units the figure is asked in (see classify.ts). */

/** A verb right after "hur hög", "hur stor" ("… var sjukfrånvaron", "… is the budget"): those a yes/no question opens with, and the past. */
const finiteVerbs: Cues = [...q.yesNoOpeners, 'var', 'blir', 'blev', 'was', 'were'];

/**
 * What "hur många X" may count: the word right after the cue (grammatically the counted noun: "hur många år",
 * "how many years") and the first two words after it that are no stop words ("hur många egna mål" → egna,
 * mål; "hur stor är budgeten" → budgeten; "kommunens budget" → kommunens, budget), up to the next Swedish stop word.
 */
export function countedWords(ws: string[], cues: Cues): string[] {
  const at = cueAt(ws, cues);
  if (at < 0) return [];
  let rest = ws.slice(at + 2).filter((w) => !/^(kronor|kr|procent)$/.test(w));
  // ("hur många av dem", "how many of them": what is counted was named before; any number the answer states of it counts.)
  if ((rest[0] === 'av' || rest[0] === 'of') && isCue(rest[1] ?? '', ['dem', 'dessa', 'them', 'these', 'those'])) return [];
  // "hur många av målen", "how many of the UN goals": the counted words follow the partitive and its article.
  if (rest[0] === 'av' || rest[0] === 'of') rest = rest.slice(rest.slice(1).findIndex((w) => !swedishStopwords.has(w) && !englishOnlyStopwords.has(w)) + 1);
  // The counted phrase ends at its verb ("hur många ledamöter har kommunstyrelsen", "how many members does …").
  // (An English possessor opens the next phrase: "how many council-wide goals Hallstahammar's council can adopt" counts goals.)
  const stop = rest.findIndex((w, i) => i > 0 && (swedishStopwords.has(w) || englishOnlyStopwords.has(w)));
  const end = stop > 1 && rest[stop] === genitiveMark ? stop - 1 : stop;
  const after = rest.slice(0, end < 0 ? undefined : end).filter((w) => !swedishStopwords.has(w) && !englishOnlyStopwords.has(w));
  // (The word right after "hur många" is counted even when it is a stop word, "hur många år"; after "hur hög", "hur stor" it is
  // the verb: "hur hög var sjukfrånvaron" counts no "var".)
  const verb = !['manga', 'many'].includes(ws[at + 1]) && isCue(rest[0] ?? '', finiteVerbs);
  // (An English phrase puts its head last: "how many overarching municipal goals" counts goals.)
  const head = readsAsEnglish(ws) ? after.slice(2).slice(-1) : [];
  return [...new Set([...(verb ? [] : [rest[0]]), ...after.slice(0, 2), ...head].filter((w): w is string => Boolean(w)))];
}

/**
 * The units a figure is asked in: a unit word ("i procent", "hur många kronor", "procentsats", "beloppsgräns") that
 * follows no number of the question's own ("30 mkr", "fem procent" say how much, they do not ask); "hur mycket pengar"
 * asks an amount when it is what is asked (not in "hur räknar ni fram hur mycket pengar …"), "i siffror" any figure.
 */
export function unitsAsked(ws: string[], kind: QuestionKind): FigureUnit[] {
  const given = (i: number) => /^\d+$/.test(ws[i - 1] ?? '') || (ws[i - 1] ?? '') in numberValue;
  const asked = (cues: Cues) => ws.some((w, i) => isCue(w, cues) && !given(i));
  return [
    ...(asked(q.percentWords) ? ['percent' as const] : []),
    ...(asked(q.moneyWords) || (kind === 'howmany' && hasCue(ws, q.moneyAskCues)) ? ['money' as const] : []),
    ...(hasCue(ws, q.figureAskCues) ? ['figure' as const] : []),
  ];
}

/** A rate asked for by name ("skattesatsen", "tax rate") or per head ("per elev"): a percentage, or kronor per head. */
export function ratesAsked(ws: string[]): FigureUnit[] {
  return [...(hasCue(ws, q.rateWords) ? ['percent' as const] : []), ...(hasCue(ws, q.perHeadCues) || costPer(ws) ? ['money' as const] : [])];
}

/**
 * "Vad är referenskostnaden per portion?", "vad blir ersättningen per brukare?": a cost or a sum per a thing (not per a
 * time: "per år") asked what it is asks its amount; not what it rests on ("vad baseras kostnaden per volymenhet på").
 */
const costPer = (ws: string[]) => ws.some((w, i) => w === 'per' && i > 0 && cueAt(ws.slice(0, i), ['vad ar', 'vad blir', 'what is']) >= 0 && !hasCue(ws, q.basisOpeners) && /(kostnad|ersattning|belopp|anslag)(en|er|erna)?$/.test(ws[i - 1]) && /^\p{L}{3,}$/u.test(ws[i + 1] ?? '') && !isCue(ws[i + 1], ['ar', 'manad', 'vecka', 'dag', 'tertial', 'kvartal', 'year', 'month']) && monthNumbers[ws[i + 1]] === undefined);
