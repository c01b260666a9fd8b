import type { Candidate } from '../answer/Candidate';
import { words } from '../lexicon/normalize';
import { stem } from '../lexicon/stem';
import { generalStrategy } from './general';
import type { Strategy } from './Strategy';

/** Whether a number and the counted word (or "antal") stand within four words of each other. */
function countedNear(text: string, counted: Set<string>): boolean {
  const ws = words(text);
  const numbers = ws.flatMap((w, i) => (/^\d+$/.test(w) && !/^(19|20)\d\d$/.test(w)) || /^(tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|max|hogst|minst)$/.test(w) ? [i] : []);
  return ws.some((w, i) => (w === 'antal' || counted.has(stem(w))) && numbers.some((n) => Math.abs(n - i) <= 4));
}

/**
 * "Hur många …?", "hur ofta …?": only an answer that states the number (next to what is counted) or
 * the frequency will do. When the model has the topic but no such sentence, it says plainly that the
 * model does not state it, rather than answering with an unrelated number.
 */
export const countStrategy: Strategy = {
  kinds: ['howmany', 'howoften'],
  candidates(part, ctx): Candidate[] {
    const all = generalStrategy.candidates(part, ctx);
    const counted = part.counted && part.counted !== 'ganger' ? new Set([stem(part.counted), ...ctx.lexicon.alternatives(part.counted, ctx.question.english).map((a) => a.stem)]) : undefined;
    // "hur många X" needs the number beside X; an amount asked in a unit ("i kronor", "i procent") needs
    // that unit; "hur mycket …" any number written in digits other than a year.
    const unit = part.words.includes('kronor') || part.words.includes('kr') ? /\b(kr|kronor|tkr|mkr|miljon\w*|miljard\w*)\b/i : part.words.includes('procent') ? /%|procent/i : undefined;
    const states = (c: Candidate) =>
      part.kind === 'howoften' ? c.fit >= 0.7 : unit ? unit.test(c.text) : counted ? countedNear(c.text, counted) : /\b(?!(19|20)\d\d\b)\d+/.test(c.text);
    const stating = all.filter(states);
    if (stating.length) return stating;
    const [best] = all;
    if (!best || best.coverage < 0.6) return [];
    const refusal = ctx.question.english
      ? 'The governance model does not state that number.'
      : part.kind === 'howoften' ? 'Styrmodellen anger inte hur ofta.' : 'Styrmodellen anger inte det antalet.';
    return [{ ...best, refusal }];
  },
};
