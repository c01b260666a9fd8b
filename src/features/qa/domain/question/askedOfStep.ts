import type { Lexicon } from '../lexicon/Lexicon';
import { analyzeQuestion, type QuestionPart } from './analyzeQuestion';
import type { QuestionKind } from './QuestionKind';
import { pointerWords } from './vocabularyOfQuestions';

/** What a later part may ask of the step an earlier answer names: who takes it (its month the answer already says). */
const whoOfStep = new Set<QuestionKind>(['decides', 'prepares', 'who']);
/** Pointers at a thing ("delårsrapporten … den", "målen … de"): all but the neuter ones, which also point at a step ("det steget"). */
const thingPointers = new Set([...pointerWords].filter((w) => w !== 'det' && w !== 'detta').concat('de'));

/**
 * A later part that points back at the first asks of the step the first part's answer names ("Vad är nästa steg …, och vem
 * fattar beslut i det steget?"), not of the step the first part named: its carried topic is that step's. Not when it
 * points at a thing ("Vad händer sen med delårsrapporten, vem beslutar om den?"). Returns the part as it is asked.
 */
export function askedOfStep(part: QuestionPart, step: string | undefined, lexicon: Lexicon): QuestionPart {
  if (!step || !part.carried || !whoOfStep.has(part.kind) || part.words.some((w) => thingPointers.has(w))) return part;
  const carried = new Set(part.carried);
  const own = part.topic.filter((t) => !carried.has(t.stem));
  const named = (analyzeQuestion(step, lexicon).parts[0]?.topic ?? []).filter((t) => !own.some((o) => o.stem === t.stem));
  return { ...part, topic: [...own, ...named] };
}
