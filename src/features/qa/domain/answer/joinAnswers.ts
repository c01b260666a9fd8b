import { cutAtWord } from '../../../../shared/text';
import type { Candidate } from './Candidate';

/** The sentences of an answer text (a list item, a heading line or a sentence ending in . ! ?). */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);

/**
 * Texts given together in one answer (two parts' answers, a best answer and its runner-up): each text without
 * the sentences one with an earlier claim (by `tiers`, then order) says, so no sentence is said twice. A text left with
 * nothing new is dropped. `labels` (by index) lead a text's fresh part ("In Swedish:" in an English answer). Given `max`,
 * the texts take their room by `tiers` (lower first; in order within a tier): an answer the model is sure of is not cut
 * off before what it says by a longer one before it that it is unsure of, nor by a runner-up.
 */
export function joinAnswers(texts: string[], separator: string, labels: (string | undefined)[] = [], max = Infinity, tiers: number[] = []): string {
  const said = new Set<string>();
  const out = new Map<number, string>();
  // A sentence is kept where it has the first claim on room (a runner-up cut short must not take it from a part's answer).
  const byRoom = [...texts.keys()].sort((a, b) => (tiers[a] ?? 0) - (tiers[b] ?? 0) || a - b);
  for (const i of byRoom) {
    const text = texts[i];
    // Pieces between sentence ends and line breaks, each kept with the break before it (a list item stays on its line).
    const pieces = text.split(/((?<=[.!?])[ \t]+|\n+)/);
    let fresh = '';
    for (let j = 0; j < pieces.length; j += 2) {
      if (!pieces[j].trim() || sentencesOf(pieces[j]).every((x) => said.has(x))) continue;
      fresh += (fresh ? (pieces[j - 1]?.includes('\n') ? pieces[j - 1] : ' ') : '') + pieces[j];
    }
    fresh = fresh.trim();
    for (const s of sentencesOf(text)) said.add(s);
    if (fresh) out.set(i, labels[i] ? `${labels[i]} ${fresh}` : fresh);
  }
  let left = max - separator.length * (out.size - 1);
  const rooms = new Map<number, number>();
  for (const i of byRoom.filter((j) => out.has(j))) {
    rooms.set(i, Math.min(out.get(i)!.length, Math.max(0, left)));
    left -= rooms.get(i)!;
  }
  return [...out.entries()].sort(([a], [b]) => a - b).filter(([i, t]) => rooms.get(i) === t.length || rooms.get(i)! >= MIN_ROOM).map(([i, t]) => cutAtWord(t, rooms.get(i)!)).join(separator);
}

/** A text left less room than this is left out rather than cut to a stump. */
const MIN_ROOM = 40;

/** The label of a Swedish text given after an English one in an answer to an English question. */
export const swedishAfterEnglish = (first: { language: 'sv' | 'en' }, later: { language: 'sv' | 'en' }): string | undefined =>
  first.language === 'en' && later.language === 'sv' ? 'In Swedish:' : undefined;

/**
 * The answers to a question's parts as one text: each part's best (as `heads` words it) and what its runner-up adds; a
 * part the pack answers only in Swedish, after an English one, says so. Room goes to the answers the model is sure of,
 * then to those it is not, then to runner-ups.
 */
export function joinParts(bests: Candidate[], heads: string[], sureOf: (best: Candidate) => boolean, english: boolean, max: number): string {
  const texts = bests.flatMap((b, i) => (b.runnerUp ? [heads[i], b.runnerUp.text] : [heads[i]]));
  const labels = english ? bests.flatMap((b, i) => [i > 0 ? swedishAfterEnglish(bests[0], b) : undefined, ...(b.runnerUp ? [swedishAfterEnglish(b, b.runnerUp)] : [])]) : [];
  const tiers = bests.flatMap((b) => [sureOf(b) ? 0 : 1, ...(b.runnerUp ? [2] : [])]);
  return joinAnswers(texts, '\n\n', labels, max, tiers);
}
