import { cueSpans, type Cues } from '../question/cues';
import { decisionVerbs } from '../question/vocabularyOfQuestions';

/** Whether words name a body (a kommun's own or one every kommun has), and whether a sentence names who decides. */

/** Bodies every kommun has, in any form ("nämnden", "förvaltningschefen", "kommundirektören"). */
const genericBodies = ['fullmaktige*', 'kommunfullmaktige*', 'kommunstyrelse*', 'namnd*', '*namnd*', 'styrelse*', 'utskott*', 'forvaltning*', 'chef*', 'kommundirektor*', 'ledningsgrupp*', 'bolag*', 'revisor*', 'presidi*', 'gruppledare*', 'ks', 'kf', 'ksau', 'klg'];

/** Whether a (folded) word names a body every kommun has ("nämnden", "förvaltningschefen", "ks"). */
export const namesGenericBody = (w: string) => genericBodies.some((c) => (c.startsWith('*') ? w.includes(c.replace(/\*/g, '')) : c.endsWith('*') ? w.startsWith(c.slice(0, -1)) : w === c));
/** Whether a (folded) word names a body: one of the pack's, or one every kommun has. */
export const namesBody = (w: string, bodyNames: Set<string>) => bodyNames.has(w) || namesGenericBody(w);

/** Decision verbs and phrases ("beslutar", "tar beslut"). */
export const decidingVerbs: Cues = [...decisionVerbs, 'tar beslut', 'fattar beslut'];
/** "Respektive förvaltning … beslutar om sin verksamhetsplan": each body decides its own, which names no one who decides. */
const eachOwn = (ws: string[], verb: number, bodyNames: Set<string>) =>
  ws.slice(Math.max(0, verb - 8), verb).some((w, i, before) => ['respektive', 'varje', 'each'].includes(before[i - 1]) && namesBody(w, bodyNames)) &&
  ws.slice(verb + 1, verb + 5).some((w) => ['sin', 'sitt', 'sina', 'its', 'their'].includes(w));

/** Whether a body is who decides: within eight words before a decision verb, two after it ("I juni beslutar KF …"), or three
 * after its "av" ("fastställs av närmast ansvarig chef"); not named elsewhere ("… med utgångspunkt i förvaltningens …"). */
export function deciderNamed(ws: string[], bodyNames: Set<string>): boolean {
  const body = (from: number, to: number) => ws.slice(Math.max(0, from), to).some((w) => namesBody(w, bodyNames));
  return [...cueSpans(ws, decidingVerbs)].some((v) => {
    if (eachOwn(ws, v, bodyNames)) return false;
    const by = ws.indexOf('av', v + 1);
    return body(v - 8, v) || body(v + 1, v + 3) || (by > v && by <= v + 4 && body(by + 1, by + 4));
  });
}
