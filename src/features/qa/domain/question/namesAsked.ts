import { isCue, startsWith, type Cues } from './cues';
import * as q from './vocabularyOfQuestions';

const whichWords: Cues = ['vilket', 'vilka', 'which', 'what'];
const conjunctions: Cues = ['och', 'o', 'samt', 'eller', 'and', 'or'];

/**
 * "Vilket IT-system …", "vilket planerings- och uppföljningssystem …", "which system", "vilka bolag …", "vilka partier …":
 * a kind whose items go by their names, asked for by which ones (a word of "system", or of a kind in `namedKinds`,
 * within four words after "vilket", "vilka" or "which"; right after "what": not "What is the Stratsys system used for?").
 * Of kinds asked together ("vilka nämnder o bolag …") the first says it: nämnder go by what they are, not by names
 * ("vilket planerings- och uppföljningssystem" is one system).
 */
export const asksNames = (ws: string[]): boolean =>
  ws.some((w, i) => {
    if (!isCue(w, whichWords)) return false;
    const after = ws.slice(i + 1, i + (w === 'what' ? 3 : 5));
    const and = after.findIndex((x) => isCue(x, conjunctions));
    // (A system, a firm or an agency is asked for by its name: "vilket revisionsföretag anlitas?")
    // ("vilka nämnder, bolag och andra organ": the first kind said, a body, decides — as before a conjunction.)
    const kind = (and < 0 ? after : after.slice(0, and)).find((x) => isCue(x, q.namedKinds) || isCue(x, q.bodyNouns));
    return after.some((x) => /^(?:\p{L}*(?:system|foretag|byra|firma)(?:et|en|n)?|systemstod)$/u.test(x)) || (kind !== undefined && isCue(kind, q.namedKinds));
  });

/**
 * "Who actually sits on the budget committee?", "vilka sitter i budgetberedningen?": who has a seat in a body asks for persons
 * (not who takes part, "vilka sitter med i dialogen?", nor who does it, "vem sitter och tar fram förslagen?").
 */
export const seatAsked = (qc: string[]): boolean => {
  const at = startsWith(qc, ['vem', 'vilka', 'who']) ? qc.slice(0, 3).findIndex((w, i) => i >= 1 && ['sits', 'sit', 'sitter'].includes(w)) : -1;
  return at > 0 && ['i', 'in', 'on'].includes(qc[at + 1]);
};
