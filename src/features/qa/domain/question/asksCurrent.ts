import { hasCue, isCue, startsWith, type Cues } from './cues';
import type { Classified } from './QuestionKind';
import * as q from './vocabularyOfQuestions';

/**
 * The words without "nuvarande"/"current" before the model itself ("den nuvarande styrmodellen", "the current governance
 * model"), and without "this" before a word asked the meaning of ("What does this term mean?" is no term of office).
 */
const withoutModelNamed = (ws: string[]): string[] =>
  ws.filter(
    (w, i) =>
      !((w === 'nuvarande' || w === 'current') && isCue(ws[i + 1] ?? '', q.modelWords)) &&
      !(w === 'current' && ws[i + 1] === 'governance' && isCue(ws[i + 2] ?? '', q.modelWords)) &&
      !(w === 'this' && isCue(ws[i + 2] ?? '', meaningVerbs)),
  );
/** English verbs of what a word means. */
const meaningVerbs: Cues = ['mean', 'means', 'refer', 'refers', 'stand', 'stands'];

/**
 * Whether a question (its clause from the question word) asks what holds right now ("just nu", "currently", "i år"):
 * not a question of who or when ("When did Alingsås adopt its current governance model?" asks the year), nor one that
 * names the model in force ("… i den nuvarande styrmodellen", "the current governance model").
 */
export const asksCurrent = (qc: string[], wants: Classified['wants']): boolean =>
  hasCue(withoutModelNamed(qc), q.currentCues) && !startsWith(qc, [...q.whoWords, 'nar', 'when']) && wants !== 'year';
