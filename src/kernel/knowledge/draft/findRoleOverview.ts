import { cutAtWord, fold } from '../../../shared/text';
import type { PassageText } from './PassageText';

const politics = /politik|fortroendevald|politiker/;
const administration = /forvaltning|tjansteperson/;
const has = (text: string, word: string) => new RegExp(`(?<![a-z])${word}(?![a-z])`).test(text);

/**
 * The passage that plainly describes the split between politics and administration: politics
 * decides what (and when), the administration how (and by whom). Its text is the sentences that say
 * so or say what each side's role is, with a sentence starting "Det"/"Detta" kept together with the one before it.
 */
export function findRoleOverview(texts: PassageText[]): { text: string; passage: PassageText['passage'] } | undefined {
  for (const t of texts) {
    const all = fold(t.sentences.join(' '));
    if (!(politics.test(all) && administration.test(all) && has(all, 'vad') && has(all, 'hur') && (has(all, 'nar') || has(all, 'vem')))) continue;
    const keep = new Set<number>();
    t.sentences.forEach((s, i) => {
      const f = fold(s);
      // … and the sentences that say what a side's role is ("Förvaltningens roll är tvådelad – …").
      const role = /\broll(en)?\b/.test(f) && (politics.test(f) || administration.test(f));
      if (!role && !['vad', 'hur', 'nar', 'vem'].some((w) => has(f, w))) return;
      keep.add(i);
      if (/^(det|detta|dessa|utifran dessa)\b/i.test(f) && i > 0) keep.add(i - 1);
      // The second half of "dels …, dels …" goes on in a sentence of its own.
      if (/\bdels\b/.test(f) && /^dels\b/i.test(fold(t.sentences[i + 1] ?? ''))) keep.add(i + 1);
    });
    const text = [...keep].sort((a, b) => a - b).map((i) => t.sentences[i]).join(' ');
    return { text: cutAtWord(text, 700), passage: t.passage };
  }
  return undefined;
}
