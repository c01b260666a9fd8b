import { classify } from './classify';
import { cueAt } from './cues';
import { questionWords } from './vocabularyOfQuestions';

/**
 * Splits a question of several parts into its parts (folded words): at a second question mark, or where
 * "och"/"and" (after a comma or not) starts a new question word ("vem beslutar …, och när …",
 * "what must it contain, and how long …"). One part when there is nothing to split.
 */
export function splitParts(ws: string[], sentences: string[][]): string[][] {
  if (sentences.length > 1 && sentences.every((s) => s.length >= 3)) return sentences;
  // "Skillnaden mellan X och Y", "vad politiken bestämmer och vad förvaltningen bestämmer": one question.
  if (classify(ws).kind === 'difference' || classify(ws).kind === 'roles') return [ws];
  for (let i = 1; i < ws.length - 2; i++) {
    // "… och när …", "… och för hur lång period …": a question word right after "och" or one word on.
    if ((ws[i] === 'och' || ws[i] === 'and') && i >= 3 && cueAt(ws.slice(i + 1, i + 3), questionWords) >= 0) {
      return [ws.slice(0, i), ws.slice(i + 1)];
    }
  }
  return [ws];
}
