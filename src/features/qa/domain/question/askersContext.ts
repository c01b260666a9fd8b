import { cueSpans, hasCue, isCue, startsWith, type Cues } from './cues';
import type { QuestionPart } from './analyzeQuestion';
import type { TopicWord } from './TopicWord';
import * as q from './vocabularyOfQuestions';

/** What the words before a question say of the asker and how the question relates to them. */

/** "Jag är …", "jag jobbar …", "I'm …" opening a sentence (after a greeting): the asker says who they are. */
export const introducesAsker = (ws: string[]) => startsWith(isCue(ws[0] ?? '', q.smallTalk) ? ws.slice(1) : ws, q.introOpeners);

/** Whether words point back at something said before ("… vad gör vi med den?"); "det som" ("vem är det som …") does not. */
export const pointsBack = (ws: string[]): boolean => {
  // (Nor the "det" of "står det något om …", which asks whether the model says anything.)
  const says = cueSpans(ws, q.saysAnythingCues);
  return ws.some((w, i) => q.pointerWords.has(w) && !(w === 'det' && ws[i + 1] === 'som') && !says.has(i));
};

/** Words by which a question goes on from what was said before it: "en sån plan", "vad händer sen?", "nästa steg". */
const goesOnFrom: Cues = ['san', 'sant', 'sana', 'sadan', 'sadant', 'sadana', 'such', 'sen', 'sedan', 'then', ...q.nextWords];

/** The words by which the asker speaks of themselves as a subject. */
const askerWords = ['jag', 'vi'];

/** How far into a sentence the asker may stand as the subject after its verb ("Inför nästa presidiemöte vill jag …"). */
const INVERTED_REACH = 6;
/** Finite verbs after which the asker stands as the subject when something else opens the sentence. */
const invertingVerbs: Cues = [...q.yesNoOpeners, 'vill', 'tanker', 'haller'];

/**
 * Whether words open with the asker, "jag" or "vi", after a greeting if any ("Hej! Jag sätter ihop …"), or have the asker
 * as the subject right after the verb when a phrase opens the sentence ("Inför nästa presidiemöte vill jag vara säker på …").
 */
export const opensWithAsker = (ws: string[]): boolean =>
  askerWords.includes((isCue(ws[0] ?? '', q.smallTalk) ? ws[1] : ws[0]) ?? '') || ws.slice(2, INVERTED_REACH).some((w, i) => askerWords.includes(w) && isCue(ws[i + 1], invertingVerbs));

/** "Jag behöver lägga in det i vår tidplan", "Vi ska … och behöver planera tiden": the word at `i` is the asker's need, no topic ("målen behöver ändras" is the model's "vid behov"). */
export const saysAskersNeed = (ws: string[], i: number): boolean => isCue(ws[i], q.askerNeeds) && (askerWords.includes(ws[i - 1] ?? '') || (ws[i - 1] === 'och' && opensWithAsker(ws)));

/**
 * "Jag sätter ihop en checklista inför nämndernas budgetarbete. Vad ska en nämndsbudget innehålla?": a sentence before the
 * question in which the asker ("jag", "vi") tells what they are doing says why they ask, not what about, when the question
 * names what it asks by itself: two words of the pack, nothing pointing back, no step after.
 */
export function tellsAskersDoing(ws: string[], part: QuestionPart): boolean {
  return opensWithAsker(ws) && part.kind !== 'next' && part.topic.filter((t) => t.known).length >= 2 && !pointsBack(part.words) && !hasCue(part.words, goesOnFrom);
}

/**
 * "Barn- och ungdomsnämnden ska göra sin genomlysning och jag ska ta fram underlaget. Vad handlar en genomlysning om, vad
 * förväntas den ta upp?": a question that names again a word of the context before it, pointing back at nothing before that
 * word, asks of that thing itself; the rest of the context tells the asker's circumstances.
 */
export function restatesContext(part: QuestionPart, contextStems: Set<string>): boolean {
  const again = part.topic.filter((t) => t.known && contextStems.has(t.stem)).map((t) => part.words.indexOf(t.word)).filter((i) => i >= 0);
  return again.length > 0 && !part.words.slice(0, Math.min(...again)).some((w) => q.pointerWords.has(w));
}

/**
 * "Jag ska presentera styrmodellen för våra nya chefer. Vad är syftet med den?": of the sentences before a question that only
 * points back, those in which the asker tells what they do ask about the thing they name — the pack's name for something —
 * not the doing. Whether a topic word of them says only the doing: a word naming nothing of the pack, or the verb right after
 * "jag"/"vi" (even where the pack names a step by it, "presentera"), or right before where a phrase opens the sentence.
 */
export function saysOnlyDoing(before: { asks: boolean; ws: string[] }[], topicOf: (ws: string[]) => TopicWord[], isDomainTerm: (stem: string) => boolean): (t: TopicWord) => boolean {
  const doings = before.filter((s) => !s.asks && opensWithAsker(s.ws));
  const doing = new Set(doings.flatMap((s) => topicOf(s.ws).map((t) => t.stem)));
  // (Of a sentence a phrase opens, the verb stands before the asker: "Varje år får vi rapporten …".)
  const verbOf = (ws: string[]) => {
    const at = ws.findIndex((w) => askerWords.includes(w));
    return at > 1 && !isCue(ws[0], q.smallTalk) ? ws.slice(at - 1, at) : ws.slice(0, at + 3);
  };
  const verbs = new Set(doings.flatMap((s) => topicOf(verbOf(s.ws)).map((t) => t.stem)));
  const names = (t: TopicWord) => !verbs.has(t.stem) && [t.stem, ...t.alternatives.map((a) => a.stem)].some(isDomainTerm);
  return (t) => doing.has(t.stem) && !names(t);
}
