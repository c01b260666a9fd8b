import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import type { SourceRef } from '../../../kernel/knowledge/packSchema';
import type { Answer, AnswerSource } from './Answer';
import type { FactEntry } from './FactIndex';
import type { Question } from './Question';
import { renderFact } from './renderFact';
import { scoreFacts } from './scoreFacts';
import { uniqueSources } from './sources';
import { cutAtWord } from '../../../shared/text';
import { words } from './text/normalize';
import { maxAnswer } from './unknownAnswer';

/**
 * "Vad är skillnaden mellan X och Y?": each side defined from its own fact, both cited, each
 * given half of the answer's length. Undefined when either side is not a fact the pack names.
 */
export function answerDifference(
  q: Question,
  pack: KnowledgePack,
  facts: FactEntry[],
  analyze: (text: string) => Question,
  cite: (ref: SourceRef) => AnswerSource,
): Answer | undefined {
  const text = ` ${words(q.text).join(' ')} `;
  const m = / mellan (.+?) och (.+?) *$/.exec(text) ?? / between (.+?) and (.+?) *$/.exec(text);
  if (!m) return undefined;
  const sides = [m[1], m[2]].map((side) => {
    const best = scoreFacts(analyze(q.intent.english ? `what is ${side}` : `vad är ${side}`), facts, [])[0];
    return best && best.nameCoverage >= 0.7 ? best.entry : undefined;
  });
  const [a, b] = sides;
  if (!a || !b || a === b) return undefined;
  const half = Math.floor((maxAnswer - 10) / 2);
  const parts = [a, b].map((e) => renderFact(pack, e, 'define', false) ?? '').map((t) => cutAtWord(t, half));
  return { answered: true, text: parts.join('\n\n'), sources: uniqueSources([cite(a.source), cite(b.source)]), language: 'sv', via: 'fact', confidence: 0.8 };
}
