import type { Lexicon } from '../lexicon/Lexicon';
import type { QuestionPart } from './analyzeQuestion';
import type { TopicWord } from './TopicWord';
import { cueAt, isCue } from './cues';
import { saysWhose } from './saysWhose';
import * as q from './vocabularyOfQuestions';

/**
 * Of a question of what something is, the term asked about: the word right after the opener ("Vad menas med grunduppdrag
 * egentligen?"), the one a word like "ordet" names, or whose role it is. It weighs double and is kept as `part.term`. A
 * "när" or "i" clause after it ("… när man pratar om målet att bli Sveriges mest effektiva kommun", "… i
 * verksamhetsplanen") says where the term is met, and its words weigh half. `stemsOf` gives the topic stems of words.
 */
export function weighTermAsked(part: QuestionPart, lexicon: Lexicon, stemsOf: (ws: string[]) => Set<string>, quoted = new Set<string>()): void {
  // ("Vad är kommunstyrelsens uppdrag?": of a role word, "uppdrag", "roll", the term is whose role it is; of "vad är
  // fullmäktiges mål", the term is "mål": a genitive before it only says whose.)
  const genitive = saysWhose(part.topic, lexicon);
  // "Hur definierar styrmodellen ordet mål?": the term is the one "ordet" names, wherever it stands.
  // (Or the one a verb of defining has for its object: "Hur definierar Hallstahammar ett mål?", "How does the model define a goal?")
  const named = [cueAt(part.words, q.termNouns), cueAt(part.words, q.defineVerbs)].find((at) => at >= 0) ?? -1;
  // (Not the model that defines it, nor whose model it is: "Hur definierar (kommunens) styrmodell ett mål?")
  const at = (t: TopicWord) => part.words.indexOf(t.word.split('_')[0]);
  const ofModel = (t: TopicWord) => t.word.split('_').some((w) => isCue(w, q.modelWords)) || isCue(part.words[at(t) + 1] ?? '', q.modelWords);
  const afterNoun = named >= 0 ? part.topic.findIndex((t) => at(t) > named && !ofModel(t)) : -1;
  // ("Quick question: what does "grunduppdrag" mean?": a term in quotes is the one asked; "What is the single overarching
  // goal …?": a word the pack does not know is not, when one it knows follows.)
  const inQuotes = part.topic.findIndex((t) => quoted.has(t.stem));
  const firstKnown = part.topic[0].known ? 0 : Math.max(0, part.topic.findIndex((t) => t.known));
  const term = inQuotes >= 0 ? inQuotes : afterNoun > 0 ? afterNoun : genitive ? 1 : firstKnown;
  asTerm(part, term);
  const when = part.words.findIndex((w, i) => i > 1 && isCue(w, q.whereMetWords));
  if (when > 0) {
    const clause = stemsOf(part.words.slice(when + 1));
    part.topic = part.topic.map((t, i) => (i > 0 && clause.has(t.stem) ? { ...t, weight: t.weight * 0.5 } : t));
  }
}

/** The term asked is the topic word at `at`: it weighs double and is kept as `part.term`. */
function asTerm(part: QuestionPart, at: number): void {
  part.topic[at] = { ...part.topic[at], weight: part.topic[at].weight * 2 };
  part.term = part.topic[at];
}

/** Words before where or when a term was met ("på mötet", "vid dialogen", "at the meeting"); not "i", "in", which are also particles ("fylla i", "bjuda in"). */
const metAtWords = ['pa', 'vid', 'under', 'on', 'at', 'during'];

/**
 * "I kallelsen står det planeringsförutsättningar. Vad är det för något?": a term asked about only by pointing back is the
 * one the context quotes or calls a term ("the term 'referenskostnad' in the efficiency goal"), else the last thing it
 * named before the question. `before` are the context's topic words in its order, `context` its words.
 */
export function weighTermPointedAt(part: QuestionPart, before: TopicWord[], context: string[], quoted: Set<string>): void {
  const called = cueAt(context, q.termNouns);
  const placeOf = (t: TopicWord) => context.indexOf(t.word.split('_')[0]);
  // (Not where or when it was met: "Oppositionen tog upp balanskravet på senaste KS-mötet. Vad innebär det?")
  const metAt = (t: TopicWord) => placeOf(t) > 0 && context.slice(Math.max(0, placeOf(t) - 3), placeOf(t)).some((w) => isCue(w, metAtWords));
  const named = before.filter((t) => !metAt(t)).at(-1);
  const referent = before.find((t) => quoted.has(t.stem)) ?? (called >= 0 ? before.find((t) => placeOf(t) > called) : undefined) ?? named ?? before.at(-1);
  const term = referent ? part.topic.findIndex((t) => t.stem === referent.stem) : -1;
  if (term < 0 || part.topic[term] === part.term) return;
  // (What the question's own words made the term weighs as before: "What does that term mean for the municipality?")
  const prior = part.term ? part.topic.indexOf(part.term) : -1;
  if (prior >= 0) part.topic[prior] = { ...part.topic[prior], weight: part.topic[prior].weight / 2 };
  asTerm(part, term);
}

/** Words that point back at a term ("that term", "det begreppet", "detta ord"). */
const pointers = new Set(['that', 'this', 'det', 'detta', 'den', 'denna']);
const termWords = new Set(['term', 'termen', 'begrepp', 'begreppet', 'ord', 'ordet', 'word', 'concept', 'expression', 'uttryck', 'uttrycket']);
/** Whether a question points back at a term it does not name ("What does that term mean?"). */
export const pointsAtTerm = (ws: string[]): boolean => ws.some((w, i) => pointers.has(w) && termWords.has(ws[i + 1] ?? ''));

/** The stems a sentence that says what the term is may define it by: its own, and with `translated` an English term's Swedish ones ("goal" → mål). */
export const termStems = (term: TopicWord, translated: boolean): string[] => [term.stem, ...(translated ? term.alternatives.filter((a) => a.via === 'english').map((a) => a.stem) : [])];

/** Whether the stems a sentence defines are the term asked (see termStems): a phrase by all its words ("Agenda 2030 syftar till …"). */
export const definedAs = (defined: string[], term: TopicWord, translated: boolean): boolean =>
  termStems(term, translated).some((t) => defined.includes(t)) || (term.stem.includes('_') && term.parts.length > 0 && term.parts.every((p) => defined.includes(p)));
