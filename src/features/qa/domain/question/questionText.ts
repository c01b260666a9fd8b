/** How a question's text is read into words before it is analysed: standard forms, glosses, hyphens. */
import type { Lexicon } from '../lexicon/Lexicon';
import { swedishStopwords } from '../lexicon/stopwords';
import { words } from '../lexicon/normalize';
import { isCue } from './cues';
import * as q from './vocabularyOfQuestions';

/** The word an English genitive leaves after its noun ("Hallstahammar's council" → "hallstahammar s council"; see uncontracted). */
export const genitiveMark = 's';

/** Chat Swedish and English contractions, as the standard word ("va e" → "vad är", "whats" → "what"). */
const colloquial: Record<string, string> = {
  va: 'vad', e: 'ar', o: 'och', funkar: 'fungerar', nat: 'nagot', nan: 'nagon', mkt: 'mycket', whats: 'what', sen: 'sen', ok: 'okej', ggr: 'ganger',
};

/** A chat "va" a few words after a verb like "måste" and before a content word is "vara" ("måste alla mål va mätbara"), not "vad" ("kan du säga va det är"). */
const isVara = (ws: string[], i: number) => ws.slice(Math.max(0, i - 3), i).some((w) => isCue(w, q.yesNoOpeners)) && ws[i + 1] !== undefined && !swedishStopwords.has(ws[i + 1]);

/**
 * English contractions written out: "what's" → "what is", "hasn't" → "has not", "won't" → "will not".
 * ("the council's goals": after a noun, "'s" says whose, and stays a word of its own.)
 */
const uncontracted = (text: string) =>
  text.replace(/\b(what|who|where|when|how|why|which|that|it|there|here|he|she)['’]s\b/gi, '$1 is').replace(/\b(?:(wo)|(ca)|(\p{L}+))n['’]t\b/giu, (_m, won, can, verb) => `${won ? 'will' : can ? 'can' : verb} not`);

/** "va e", "kf:s", "what's", "på vilket sätt": the standard forms; a written "når" (reaches) is "uppnår", not "när" (when) once folded, and "vilket år" is "vilket årtal", not "vilket är" (so is "vilket ar" in a text written without å, ä and ö). */
export function questionWords(text: string): string[] {
  const standard = uncontracted(text).replace(/:s\b/g, '').replace(/(?<!\p{L})når(?!\p{L})/giu, 'uppnår').replace(/(?<!\p{L})vilket\s+år(?!\p{L})/giu, 'vilket årtal').replace(/(?<!\p{L})vilket\s+ar(?!\p{L})/giu, (m) => (/[åäö]/iu.test(text) ? m : 'vilket årtal')).replace(/(?<!\p{L})på\s+vil(?:ket|ka)\s+sätt(?!\p{L})/giu, 'hur').replace(/\bin what ways?\b/gi, 'how');
  return words(standard).map((w, i, ws) => (w === 'va' && isVara(ws, i) ? 'vara' : colloquial[w] ?? w));
}

/**
 * A hyphen joins a word the pack or the lexicon knows joined ("ik-plan", "municipality-wide goals"); other
 * hyphenated words are their parts ("wholly-owned" → "wholly owned"), which the pack may know each.
 */
function splitUnknownHyphenated(text: string, lexicon: Lexicon): string {
  // (Each hyphen of a chain in turn: "goals-and-budget" → "goals and budget".)
  return text.replace(/\p{L}+(?:-\p{L}+)+/gu, (chain) =>
    chain.split('-').reduce((so, b) => {
      const a = /\p{L}+$/u.exec(so)![0];
      const joined = words(`${a}${b}`)[0] ?? '';
      // (A spelling correction names nothing: "KS-sammanträde" is no misspelt "sammanträde" but "KS" and "sammanträde".)
      const alternative = (english: boolean) => lexicon.alternatives(joined, english).some((x) => x.via !== 'spelling');
      const named = lexicon.familiarity(joined) === 1 || alternative(false) || alternative(true) || lexicon.phrases.words.has(joined);
      return named ? `${so}-${b}` : `${so} ${b}`;
    }),
  );
}

/**
 * A gloss in brackets right after a word the pack uses ("'omvärldsdag' (environmental scanning day)") says that
 * word again, in words the pack does not use: it is dropped, so as not to make the question look unknown.
 */
function dropGlosses(text: string, lexicon: Lexicon): string {
  return text.replace(/(\p{L}+)(['’"”]?)\s*\(([^()]{1,80})\)/gu, (whole, word: string, quote: string, gloss: string) => {
    const inside = words(gloss);
    const unknown = inside.filter((w) => !lexicon.known(w)).length;
    return lexicon.familiarity(words(word)[0] ?? '') === 1 && inside.length && unknown > inside.length / 2 ? `${word}${quote}` : whole;
  });
}

/**
 * A dotted abbreviation ends no sentence, so "… alltså t.ex. en skolas plan?" stays one question. One that
 * introduces an example ("t.ex.", "e.g.") is written out, so the example can weigh less; the others ("bl.a.",
 * "d.v.s.") say nothing of the topic and are dropped.
 */
const dropDottedAbbreviations = (text: string): string =>
  text
    .replace(/(?<![\p{L}\d.])(?:t\.\s?ex|e\.\s?g)\.?(?![\p{L}\d])/giu, (m) => (/^t/i.test(m) ? ' till exempel ' : ' for example '))
    .replace(/(?<![\p{L}\d.])\p{L}{1,3}(?:\.\p{L}{1,3})+\.?(?![\p{L}\d])/gu, ' ');

/** A question's text as the analysis reads it: abbreviations and glosses dropped, unknown hyphenated words split. */
export const preparedText = (asked: string, lexicon: Lexicon): string => splitUnknownHyphenated(dropGlosses(dropDottedAbbreviations(asked), lexicon), lexicon);

/** An abbreviation's period ("t.ex.", "bl.a.", "dvs.", "resp."), which ends no sentence. */
const abbreviationEnd = /(?:(?<![\p{L}.])(?:\p{L}{1,2}\.)+\p{L}{1,3}|(?<!\p{L})(?:dvs|resp|inkl|exkl|jfr|ca|repr))\.$/iu;

/**
 * The sentences of a question: split after . ! ? whatever follows (a chat's next sentence may open in lower case,
 * "… betyder. hur förklarar jag det?"), but not after an abbreviation ("…, dvs. vilka områden …?").
 */
export const questionSentences = (text: string): string[] =>
  text.split(/(?<=[.!?])\s+(?=\S)/).reduce<string[]>((all, s) => (all.length && abbreviationEnd.test(all[all.length - 1]) ? [...all.slice(0, -1), `${all[all.length - 1]} ${s}`] : [...all, s]), []);
