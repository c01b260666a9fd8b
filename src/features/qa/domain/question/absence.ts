import { cueAt, isCue, type Cues } from './cues';
import * as q from './vocabularyOfQuestions';

/** How far a supposed absence reaches: "när det inte finns något nyckeltal kopplat till målet". */
const ABSENCE_REACH = 5;
/** "inte … några", "not … any": what a negation says missing follows them. */
const anyWords: Cues = ['nagon', 'nagot', 'nagra', 'any'];
/** "saknar", "lacks": what follows is missing. */
const lackVerbs: Cues = ['saknar', 'lack', 'lacks'];
/** How far before a negation its condition may open: "if the executive committee has not …". */
const CONDITION_REACH = 5;

/**
 * What the question supposes missing: the words after a negation in a condition ("när det inte finns något
 * nyckeltal", "if there are no KPIs"), after "utan" ("utan nyckeltal"; not "inte X utan Y", where it means "but"), or
 * after "inga", "saknar" or "inte … några" said before the question ("Våra mål har inga nyckeltal kopplade. Hur avgör man
 * …?"); of a deed undone in a condition ("om vi inte når målen"), the deed.
 */
export function absentWords(ws: string[]): string[] {
  const ask = cueAt(ws, q.questionWords);
  return ws.flatMap((w, i) => {
    // A thing missing: "inga …", or "inte" before "finns" or "har".
    // ("has not", "there are no": English puts the verb first.)
    const existence = isCue(w, q.noneWords) || ws.slice(i + 1, i + 3).some((c) => isCue(c, q.existenceVerbs)) || isCue(ws[i - 1] ?? '', q.existenceVerbs);
    const conditional = isCue(w, q.negationWords) && existence && ws.slice(Math.max(0, i - CONDITION_REACH), i).some((c) => isCue(c, q.conditionWords));
    const without = isCue(w, q.withoutWords) && !ws.slice(Math.max(0, i - 5), i).some((c) => isCue(c, q.negationWords));
    // Or said before the question as how things stand: "Våra mål har inga nyckeltal kopplade.", "… men inga nyckeltal
    // kopplade till det.", "Flera av våra mål saknar kopplade nyckeltal.", "Vi har inte kopplat några nyckeltal till …"
    // (what is missing follows "några"). Then "Hur avgör man …?".
    if (ask > i) {
      const quantifier = isCue(w, q.negationWords) ? ws.slice(i + 1, i + 4).findIndex((c) => isCue(c, anyWords)) : -1;
      const from = isCue(w, q.noneWords) || isCue(w, lackVerbs) ? i + 1 : quantifier >= 0 ? i + 2 + quantifier : -1;
      if (from >= 0) return ws.slice(from, Math.min(from + ABSENCE_REACH, ask));
    }
    // A deed undone in a condition ("om vi inte når målen"): the deed, not its object, is what the question supposes missing.
    const undone = isCue(w, q.negationWords) && !existence && ws.slice(Math.max(0, i - CONDITION_REACH), i).some((c) => isCue(c, q.conditionWords));
    if (undone) return ws.slice(i + 1, i + 2);
    return conditional || without ? ws.slice(i + 1, i + 1 + ABSENCE_REACH) : [];
  });
}
