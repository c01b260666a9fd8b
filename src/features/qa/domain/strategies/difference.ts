import { cutAtWord } from '../../../../shared/text';
import { sure, type Candidate } from '../answer/Candidate';
import { scoreFacts } from '../answer/scoreFacts';
import { analyzeQuestion } from '../question/analyzeQuestion';
import { renderFact } from '../render/renderFact';
import { uniqueSources } from '../sources';
import { maxAnswer } from '../unknownAnswer';
import type { Strategy } from './Strategy';

/**
 * "Vad är skillnaden mellan X och Y?": each side defined from its own fact, both cited, each given half
 * of the answer's length. Nothing when either side is not a fact the pack names (then passages answer).
 */
export const differenceStrategy: Strategy = {
  kinds: ['difference'],
  candidates(part, ctx): Candidate[] {
    const text = ` ${part.words.join(' ')} `;
    const m = / mellan (.+?) och (.+?) *$/.exec(text) ?? / between (.+?) and (.+?) *$/.exec(text) ?? / skiljer (?:sig )?(.+?) fran (.+?) *$/.exec(text) ?? / skiljer (.+?) och (.+?) *$/.exec(text);
    if (!m) return [];
    const english = ctx.question.english;
    const sides = [m[1], m[2]].map((side) => {
      const [asked] = analyzeQuestion(english ? `what is ${side}` : `vad är ${side}`, ctx.lexicon).parts;
      const [best] = scoreFacts(asked, english, ctx.facts);
      return best && best.nameCoverage >= 0.7 ? best.entry : undefined;
    });
    const [a, b] = sides;
    if (!a || !b || a === b) return [];
    const half = Math.floor((maxAnswer - 10) / 2);
    const parts = [a, b].map((e) => cutAtWord(renderFact(ctx.pack, e, 'define', false) ?? '', half));
    return [sure({ text: parts.join('\n\n'), sources: uniqueSources([ctx.cite(a.source), ctx.cite(b.source)]), language: 'sv', via: 'fact' }, `difference ${a.id} / ${b.id}`)];
  },
};
