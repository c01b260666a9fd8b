import { cueAt, hasCue, isCue, startsWith, type Cues } from './cues';
import * as q from './vocabularyOfQuestions';

/** How a question asks what comes after a step (see classify's `next` kind): the words it does it with, and the readings. */

export const whatWords: Cues = ['vad', 'what'];
const whereTo: Cues = ['vart'];
const onceWords: Cues = ['nar', 'once', 'when'];
/** Words of "after", and "innan"/"before", "däremellan": what happens on the way to a step, or between two, comes next too. */
const afterOrBefore: Cues = [...q.afterWords, 'innan', 'before', 'daremellan', 'dessemellan', 'in between'];
/** "något mer", "anything more/else": more than what was said. */
const furtherWords: Cues = ['mer', 'more', 'else', 'further'];
const somethingWords: Cues = ['nagot', 'nat', 'nagonting', 'anything', 'something'];
const nowWords: Cues = ['nu', 'now', 'forvantas', 'expected', 'aterstar', 'remains'];
/** "Nästa" before a noun of time is no step: "nästa år", "nästa års", "nästa möte". */
const timeNouns: Cues = ['ar', 'ars', 'aret', 'year', 'vecka', 'week', 'manad', 'month', 'mote', 'motet', 'meeting', 'gang', 'time'];

/**
 * "Vad händer sen?", "vad händer med förslagen till mandatmål sen?": a question of "vad" with a step verb and, within six
 * words after it, a word of "after", or a clause of "när" that says a step is done ("vad händer när KF väl har klubbat sina
 * mål?"); or a question of "vart" with a word of "after". `before`: the words before the question's.
 */
export const asksNext = (qc: string[], before: string[] = []) => {
  // "Vart tar den vägen sen?", "vart skickas den sedan?": where it goes after is what comes next.
  if (startsWith(qc, whereTo)) return qc.slice(1, 7).some((w) => isCue(w, q.afterWords));
  // (So does "var tar den vägen?", however it is spelt: where a thing "takes the way" is where it goes.)
  if (startsWith(qc, ['var tar', 'var tog'])) return qc.slice(2, 6).includes('vagen');
  // "Hur går det vidare då?", "hur går det till sen?": how it goes on from the step is what comes next.
  if (startsWith(qc, ['hur gar det'])) return qc.slice(3, 6).some((w) => w === 'vidare' || isCue(w, q.afterWords));
  // "Händer det något mer med den under hösten?", "görs det något mer med den?": whether more happens, after a step,
  // asks what happens after it.
  // ("… blir det alltid mer pengar?" asks of more money: "något mer", "anything more" asks of more steps.)
  if (qc[1] === 'det' || startsWith(qc, ['does anything', 'will anything'])) return qc.slice(2, 6).some((w, i) => isCue(w, furtherWords) && isCue(qc[i + 1], somethingWords));
  if (!startsWith(qc, whatWords)) return false;
  // "Vad är nästa uppföljning vi ska rapportera in till efter den?": "nästa" a thing, and after what, asks the step after it
  // (or after what said first: "So after the interim accounts at the end of August, what's the next follow-up …?").
  const nextAt = cueAt(qc, ['nasta', 'next']);
  const after = (ws: string[]) => ws.some((w) => isCue(w, ['efter', 'after']));
  if (nextAt > 0 && !isCue(qc[nextAt + 1] ?? '', timeNouns) && (after(qc.slice(nextAt + 2)) || after(before.slice(0, 3)))) return true;
  const verb = cueAt(qc, q.stepVerbs);
  // ("Vad händer med förslagen innan fullmäktige beslutar?": what happens on the way to a step is what comes next too.)
  if (verb < 0) return false;
  // (The "när" may follow what it happens to: "vad händer med nämndens genomlysning när vi har tagit fram den?")
  const once = qc.slice(verb + 1, verb + 7).findIndex((w) => isCue(w, onceWords));
  const done = once >= 0 ? qc.slice(verb + 2 + once) : [];
  return qc.slice(verb + 1, verb + 7).some((w) => isCue(w, afterOrBefore)) || (once >= 0 && (statesDone(done) || (once > 0 && hasCue(done, q.doneStepVerbs))));
};

/**
 * "När KS verksamhetsplan väl är antagen, vad förväntas av oss?", "När årsrapporterna är beslutade, vad återstår?":
 * a clause of "när" that says a step is done (a decision verb or "klar", after its subject: "när beslutar …" asks
 * when) and then a question of "vad" asks what follows the step.
 */
export const asksAfterDone = (ws: string[]) => {
  const ask = afterDone(ws);
  return ask > 0 && isCue(ws[ask], ['vad', 'what']);
};

/** Finite verbs that, right after "när", make it the question word: "när tar KF beslut …?", "när ska planen vara klar?". */
const askingVerbs: Cues = [...q.yesNoOpeners, ...q.genericDecisionVerbs, ...q.stepVerbs, 'tar', 'tas'];

/** Where the question starts after a clause of "när" that says a step is done ("När KF har bestämt sina mål – vem …"), or -1. */
export function afterDone(ws: string[]): number {
  if (!isCue(ws[0] ?? '', onceWords)) return -1;
  // (A verb right after "när" asks when, as a clause never has it before its subject: "när tar KF beslut om mål och budget,
  // är det juni eller november?")
  if (isCue(ws[1] ?? '', askingVerbs)) return -1;
  const done = cueAt(ws.slice(2), [...q.genericDecisionVerbs, ...q.doneWords]);
  if (done < 0) return -1;
  // (Or a question of yes or no, its verb before "det": "När budgeten är beslutad i juni, görs det något mer med den?")
  const ask = [cueAt(ws, q.questionWords, 3), ws.findIndex((w, i) => i > done + 2 && ws[i + 1] === 'det')].filter((i) => i > done + 2);
  return ask.length ? Math.min(...ask) : -1;
}

/** "KF har klubbat budgeten", "Nu har KS antagit verksamhetsplanen": a step said done ("har" and a decision verb right after, or a word of done). */
const statesDone = (ws: string[]): boolean =>
  ws.some((w, i) => (w === 'har' || w === 'has' || w === 'have') && (ws.slice(i + 1, i + 3).some((v) => isCue(v, q.genericDecisionVerbs)) || cueAt(ws.slice(i + 1, i + 4), q.genericDecisionVerbs) >= 0)) ||
  hasCue(ws, q.doneWords) ||
  // ("ks verksamhetsplan antogs nu i november", "KS antog planen i går": the past says it done too.)
  hasCue(ws, pastDecided) ||
  // ("… att KS antagit verksamhetsplanen": a clause of "att" drops the "har".)
  ws.some((w, i) => (w === 'att' || w === 'that') && ws.slice(i + 1, i + 4).some((v) => isCue(v, supines)));
/** Decision verbs in the past, which says the decision made ("antogs", "fastställdes", "was adopted"). */
const pastDecided: Cues = ['antogs', 'antog', 'beslutades', 'faststalldes', 'klubbades', 'klubbade', 'godkandes', 'was adopted', 'were adopted', 'was approved', 'were approved'];
/** Decision verbs in the form that says the decision is made ("antagit", "beslutat", "adopted"). */
const supines: Cues = ['beslutat', 'beslutats', 'antagit*', 'bestamt*', 'fattat', 'faststallt*', 'klubbat*', 'godkant*', 'decided', 'adopted', 'approved'];

/**
 * "KF har klubbat budgeten, vad ska nämnderna göra nu?", "KS har antagit verksamhetsplanen. Vad förväntas av oss?":
 * what to do now (`qc`), once what goes before it (`before`, in the question or its context) says a step is done,
 * is what comes next.
 */
export const asksNow = (qc: string[], before: string[]): boolean => isCue(qc[0] ?? '', whatWords) && hasCue(qc, nowWords) && statesDone(before);
