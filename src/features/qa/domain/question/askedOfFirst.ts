import type { QuestionPart } from './analyzeQuestion';
import { cueAt, hasCue, type Cues } from './cues';
import * as q from './vocabularyOfQuestions';

/** Nouns that call a thing a document: what a document says is what it holds, not a wording asked for. */
const documentNouns: Cues = ['dokument*', 'rapport*', 'document*', 'report*'];

/**
 * Later parts that only ask something more of what the first part asks, folded into it: its wording ("Vad är
 * Hallstahammars vision? Hur lyder den?"), its name ("Vilket system ska vi rapportera i? Vad heter det?") or its month
 * ("när ska årsredovisningen godkännas? vilken månad typ"). `pointsBack` tells whether a later part is about the first
 * part's topic. Returns the parts that remain.
 */
export function askedOfFirst(parts: QuestionPart[], pointsBack: (part: QuestionPart) => boolean): QuestionPart[] {
  const [first] = parts;
  // (Not "… vad är det för dokument och vad står det i det?": what a document says is what it holds.)
  const ofDocument = (p: QuestionPart, at = cueAt(p.words, ['vad star det i'])) => at >= 0 && at <= 1 && q.pointerWords.has(p.words[at + 4]) && hasCue(first.words, documentNouns);
  for (const p of parts.slice(1)) if (ofDocument(p)) Object.assign(p, { wording: undefined, current: undefined });
  // (The wording also when the later part names nothing the first does not: "What does X's vision actually say? Can you
  // give me the exact wording of the vision statement?")
  const firstStems = new Set(first.topic.map((t) => t.stem));
  const wordingOfFirst = parts.slice(1).filter((p) => p.wording && (pointsBack(p) || p.topic.filter((t) => t.known).every((t) => firstStems.has(t.stem))));
  if (wordingOfFirst.length) {
    Object.assign(first, { wording: true, current: true });
    parts = parts.filter((p) => !wordingOfFirst.includes(p));
  }
  const wantedOfFirst = parts.slice(1).filter((p) => (p.wants === 'name' || ((p.wants === 'month' || p.wants === 'date') && first.kind === 'when' && (!p.topic.length || p.words.some((w) => q.pointerWords.has(w))))) && pointsBack(p));
  if (wantedOfFirst.length) {
    first.wants ??= wantedOfFirst[0].wants;
    parts = parts.filter((p) => !wantedOfFirst.includes(p));
  }
  return parts;
}
