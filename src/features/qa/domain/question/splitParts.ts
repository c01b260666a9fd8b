import { englishOnlyStopwords, swedishStopwords } from '../lexicon/stopwords';
import { classify } from './classify';
import { cueAt, cueLengthAtStart, isCue, startsWith, type Cues } from './cues';
import { happenWords, pointerWords, questionWords, yesNoOpeners } from './vocabularyOfQuestions';

/** What starts a new question after "och": a question word, whether there is something ("… och finns det nåt tak?"), or where ("… och var hittar jag dom?"; "var" alone is also "was"). */
export const newQuestionOpeners = [...questionWords, 'finns det', 'is there', 'are there', 'var finns', 'var hittar', 'var ska', 'var kan', 'var far'];

/** A bare question word at the end ("…, och vilka?", "…, och när?") as the question it stands for. */
const bareAsks: Record<string, string[]> = { vilka: ['vilka', 'ar', 'de'], which: ['which', 'are', 'they'], nar: ['nar', 'sker', 'det'], when: ['when', 'is', 'it'] };

/** A Swedish passive verb ("görs", "tas", "revideras"), as it stands before a subject that points back ("görs den om …"). */
const passiveVerb = /^\p{L}{2,}s$/u;

/** Subjects after their verb in a question ("gör ni", "kan man", "are we"). */
const subjectPronouns = new Set(['de', 'ni', 'vi', 'man', 'du', 'jag', 'we', 'you']);

/**
 * Splits a question of several parts into its parts (folded words): at a second question mark, or where
 * "och"/"and" (after a comma or not) starts a new question word ("vem beslutar …, och när …",
 * "what must it contain, and how long …"). One part when there is nothing to split.
 */
export function splitParts(ws: string[], sentences: string[][], names: (a: string, b: string) => boolean = () => false): string[][] {
  // Each sentence asks on its own, and may ask two things itself ("Vad är omvärldsdagen och vilka är med där? Är vi …").
  if (sentences.length > 1 && sentences.every((s) => s.length >= 3)) return sentences.flatMap((s) => splitParts(s, [s], names));
  const order = orderParts(ws);
  if (order) return order;
  // "Skillnaden mellan X och Y", "vad politiken bestämmer och vad förvaltningen bestämmer": one question.
  const { kind } = classify(ws);
  if (kind === 'difference' || kind === 'roles') return [ws];
  // "hur många perspektiv finns det, och vilka?", "vem bereder förslagen, och när?": a bare "och vilka"/"och när" at the end
  // asks which they are or when it is, as "och vilka är de?", "och när sker det?" do.
  const [and, asked] = ws.slice(-2);
  if (ws.length >= 5 && (and === 'och' || and === 'and') && bareAsks[asked]) return [...splitParts(ws.slice(0, -2), [], names), bareAsks[asked]];
  for (let i = 1; i < ws.length - 2; i++) {
    // "… och när …", "… och för hur lång period …", "… and as of which dates": a question word right after "och", or after
    // one or two stop words ("budget- och årsplan, vad …" joins two nouns: no new question starts there).
    const next = ws[i + 1];
    const stop = (w: string | undefined) => w !== undefined && (swedishStopwords.has(w) || englishOnlyStopwords.has(w));
    const asks =
      startsWith(ws.slice(i + 1), newQuestionOpeners) ||
      (stop(next) && (startsWith(ws.slice(i + 2), questionWords) || (stop(ws[i + 2]) && startsWith(ws.slice(i + 3), questionWords)))) ||
      // "… och är den bindande?", "… and are they …": a verb and a word pointing back ask of the same thing; "… och gör ni
      // någon justering …", "… och kan man …", "… och görs den om varje år …", "… och händer det nåt mer …": a verb before its
      // subject asks anew.
      ((startsWith([next], yesNoOpeners) || isCue(next ?? '', happenWords) || next === 'gor' || passiveVerb.test(next ?? '')) && (pointerWords.has(ws[i + 2]) || subjectPronouns.has(ws[i + 2])));
    if ((ws[i] === 'och' || ws[i] === 'and') && i >= 3 && asks) {
      // Each side may ask of two things in turn ("per vilka datum upprättas X och Y, och när skickas Y?").
      return [...splitParts(ws.slice(0, i), [], names), ...splitParts(ws.slice(i + 1), [], names)];
    }
  }
  // "När får KF tertialrapporten respektive delårsrapporten?": two things asked in parallel. The second
  // part repeats the question up to where the first thing begins: at the word the second thing starts
  // with ("om sina mål … respektive om verksamhetsplanen"), else as many words from the end as it has.
  const r = ws.findIndex((w, i) => i >= 2 && i < ws.length - 1 && (w === 'respektive' || w === 'resp' || w === 'respectively'));
  if (r > 0) {
    const [before, after] = [ws.slice(0, r), ws.slice(r + 1)];
    const at = before.lastIndexOf(after[0]);
    const cut = at > 0 ? at : Math.max(1, before.length - after.length);
    return [before, [...before.slice(0, cut), ...after]];
  }
  // "Vilka datum gäller tertialrapport och delårsrapport?": two things the pack names, asked about alike.
  const asksOfEach = ['when', 'decides', 'who', 'prepares'].includes(kind);
  const c = ws.findIndex((w, i) => i >= 1 && i < ws.length - 1 && (w === 'och' || w === 'and') && names(ws[i - 1], ws[i + 1]));
  if (asksOfEach && c > 0) return [[...ws.slice(0, c), ...ws.slice(c + 2)], [...ws.slice(0, c - 1), ...ws.slice(c + 1)]];
  return [ws];
}

/** "I vilken ordning …?": which of two steps comes first, which the months of each say. */
const orderCues: Cues = ['i vilken ordning', 'in which order', 'in what order'];
/** "Vad kommer först, …", "vilket beslut fattas först: …", "which comes first": a question word and, a few words on, "först". */
const firstWords: Cues = ['forst', 'first'];
const whichWords: Cues = ['vad', 'vilket', 'vilken', 'vilka', 'what', 'which'];
/** Verbs that before "först" ask what takes precedence ("vad går först"), not what comes first. */
const precedenceVerbs: Cues = ['gar', 'ga', 'takes', 'take'];
/** How many words after its question word "först" may stand ("vilket beslut fattas först"). */
const FIRST_REACH = 3;
/** What the order is asked in ("under året", "i årshjulet", "in Ånge's annual cycle"): no part of either step. */
const orderFrames: Cues = ['aret', 'arshjul*', 'arscykel*', 'cycle', 'year', 'processen', 'process'];
const framePrepositions: Cues = ['for', 'under', 'i', 'in', 'during', 'of'];

/**
 * "Vad kommer först under året – att KS antar sina mål eller verksamhetsplanen?": which of two steps comes first is
 * asked as when each happens ("när KS antar sina mål", "när verksamhetsplanen"); their months answer it. Undefined
 * when the question asks no such thing.
 */
export function orderParts(ws: string[]): string[][] | undefined {
  const ordering = cueAt(ws, orderCues);
  // ("Vad går först, ekonomin eller verksamheten?" asks which takes precedence, not which comes first in time.)
  const which = ws.findIndex((w, i) => {
    const at = cueAt(ws.slice(i + 1, i + FIRST_REACH + 1), firstWords);
    return isCue(w, whichWords) && at >= 0 && !isCue(ws[i + at] ?? '', precedenceVerbs);
  });
  const first = which >= 0 ? which + 1 + cueAt(ws.slice(which + 1), firstWords) : -1;
  if (ordering < 0 && first < 0) return undefined;
  let rest = ordering >= 0 ? ws.slice(ordering + cueLengthAtStart(ws.slice(ordering), orderCues)) : ws.slice(first + 1);
  // ("I vilken ordning tas X och Y fram?": two steps joined by the last "och" when no "eller" parts them.)
  const eller = rest.findIndex((w) => w === 'eller' || w === 'or');
  const or = eller >= 0 ? eller : rest.length - 1 - [...rest].reverse().findIndex((w) => w === 'och' || w === 'and');
  if (or < 1 || or >= rest.length - 1) return undefined;
  const step = (w: string[]) => {
    // Less what it is asked in ("under året", "in Ånge's annual cycle": up to a frame word among the first five) and
    // the "att"/"the" that opens a step.
    // (A frame that closes the step is dropped with its preposition: "ks mål för året" is KS goals.)
    const frame = w.slice(0, 5).findIndex((x) => isCue(x, orderFrames));
    const closing = frame >= 0 && frame === w.length - 1;
    const s = closing ? w.slice(0, isCue(w[frame - 1] ?? '', framePrepositions) ? frame - 1 : frame) : w.slice(frame + 1);
    return ['nar', ...(s[0] === 'att' || s[0] === 'the' ? s.slice(1) : s)];
  };
  return [step(rest.slice(0, or)), step(rest.slice(or + 1))];
}
