import { monthNumbers } from '../lexicon/normalize';

/** Readings of what value a question asks for that its cue words alone do not give: a count it names, months it offers. */

/**
 * "Vad är elevantalet?": a count named by a compound of "antal" asks it, unless it stands in a condition ("Hur räknar
 * modellen fram … när t.ex. elevantalet förändras?" asks how, when the count changes).
 */
export function countNamed(qc: string[]): boolean {
  return qc.some((w, i) => /^\p{L}{3,}antal(et)?$/u.test(w) && !qc.slice(0, i).some((x) => ['nar', 'ifall', 'when', 'if'].includes(x)));
}

/**
 * "… fatta beslut om kommunens budget – juni eller november?": months offered as the answer's alternatives ask for a month,
 * as "vilken månad" does.
 */
export function offersMonths(ws: string[]): boolean {
  const monthNear = (from: number, step: number) => {
    const at = ['i', 'in'].includes(ws[from] ?? '') ? from + step : from;
    return monthNumbers[ws[at] ?? ''] !== undefined;
  };
  return ws.some((w, i) => (w === 'eller' || w === 'or') && monthNear(i - 1, -1) && monthNear(i + 1, 1));
}
