import { isCue } from './cues';
import * as q from './vocabularyOfQuestions';

/** How far a supposed absence reaches: "när det inte finns något nyckeltal kopplat till målet". */
const ABSENCE_REACH = 5;

/**
 * What the question supposes missing: the words after a negation in a condition ("när det inte finns något
 * nyckeltal", "if there are no KPIs") or after "utan" ("utan nyckeltal"; not "inte X utan Y", where it means "but").
 */
export function absentWords(ws: string[]): string[] {
  return ws.flatMap((w, i) => {
    // A thing missing, not a deed undone ("om en nämnd inte når målen"): "inga …", or "inte" before "finns" or "har".
    const existence = isCue(w, q.noneWords) || ws.slice(i + 1, i + 3).some((c) => isCue(c, q.existenceVerbs));
    const conditional = isCue(w, q.negationWords) && existence && ws.slice(Math.max(0, i - 3), i).some((c) => isCue(c, q.conditionWords));
    const without = isCue(w, q.withoutWords) && !ws.slice(Math.max(0, i - 5), i).some((c) => isCue(c, q.negationWords));
    return conditional || without ? ws.slice(i + 1, i + 1 + ABSENCE_REACH) : [];
  });
}
