import { monthPhrase } from './monthPhrase';

/** Where the thing decided ends and the rest of the clause (time, purpose, a new clause) begins. */
const phraseEnd = [
  monthPhrase,
  /\s+(?:varje år|årligen|löpande|vid behov|per år)(?![\p{L}])/iu,
  /,\s+(?=(?:som|vilket|vilka|men|där|eftersom|då|när|samt|och|innan|medan|så|till exempel|t\.ex\.|dvs)(?![\p{L}]))/iu,
  /\s+(?:och därefter|och sedan|för att|innan|när|oavsett|eftersom|utifrån|med utgångspunkt|i samband med|inom ramen|samt att|så att|efter att|på förslag)(?![\p{L}])/iu,
  /[.;:!?]+$/,
];

const leadingFiller = /^(?:(?:om|även|också|dessutom|sedan|därefter|därför|därmed|således|dock|då|nu|årligen|alltså|vidare|slutligen)\s+)+/iu;
const article = /^(?:(?:en|ett)\s+)?(?:(?:förslag|underlag)\s+till\s+)?/iu;
const possessive = /(?<![\p{L}])(?:sin|sitt|sina)\s+/giu;
const notAThing = /^(?:vad|hur|om|att|vilka|vilken|vilket|när|sig|i|på|dem|sådana|detta|dessa|denna|det|de|den|man|ärende|ärenden|ärendet|ärendena|frågor|frågan|frågorna|beslut|beslutet|besluten|saker|något|allt)(?![\p{L}])/iu;
/** "Den kommungemensamma årsredovisningen" is a thing; "Den verksamhetsplanen", "Dessa förslag" point back. */
const definiteArticle = /^(?:den|det|de)\s+\S+\s+\S/iu;
const preposition = /\s(?:inom|under|enligt|utifrån|med|från|genom|vid)\s/iu;

/**
 * The thing decided, from the words of a clause ("om sin verksamhetsplan i november och …" →
 * "Verksamhetsplan"): cut where time, purpose or a new clause begins, without fillers, articles
 * and possessives, capitalised. Undefined when it is no thing ("vad som krävs …", "Den verksamhetsplanen")
 * or longer than ten words, since a long phrase is seldom the exact subject.
 */
export function nounPhrase(words: string): string | undefined {
  let text = words.trim();
  for (const end of phraseEnd) {
    const m = end.exec(text);
    if (m && m.index > 0) text = text.slice(0, m.index);
  }
  text = text.replace(leadingFiller, '').replace(article, '').replace(possessive, '').replace(/[\s,]+$/, '').trim();
  if (!text || (notAThing.test(text) && !definiteArticle.test(text)) || /^(?:ärenden?|beslut|frågor)$/iu.test(text)) return undefined;
  if (text.split(/\s+/).length > 10) {
    const m = preposition.exec(text.split(/\s+/).slice(2).join(' '));
    if (m) text = text.slice(0, text.indexOf(m[0], text.split(/\s+/).slice(0, 2).join(' ').length));
  }
  if (text.split(/\s+/).length > 10 || text.length < 3) return undefined;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words that may stand inside a noun phrase read backwards from "som" (genitives and "X av Y" of nominalisations). */
const nominalisation = /(?:ing|ingen|else|elsen|het|heten|ande|andet|tion|tionen)$/iu;

/**
 * The noun phrase just before a relative "som" ("… till Hallstahammars kommuns delårsrapport" →
 * "Hallstahammars kommuns delårsrapport"): read backwards over genitives, compound ellipses
 * ("budget- och årsplanen") and "av" after a nominalisation ("rapportering av uppföljningen av …").
 */
export function nounPhraseBefore(text: string): string | undefined {
  const words = text.replace(/[,\s]+$/, '').split(/\s+/);
  const kept: string[] = [];
  let genitive = false;
  for (let i = words.length - 1; i >= 0 && kept.length < 8; i--) {
    const w = words[i];
    if (!kept.length) {
      if (!/^\p{L}[\p{L}-]*$/u.test(w)) return undefined;
      kept.unshift(w);
      continue;
    }
    const prev = words[i - 1] ?? '';
    if (/^\p{L}+s$/u.test(w) && !/^(?:av|till|för|om|som|hos|mellan|bolags|nämnds)$/i.test(w)) {
      kept.unshift(w);
      genitive = true;
    } else if (!genitive && /^\p{Ll}+(?:a|e|ande|ade|iga|ska)$/u.test(w) && !/^(?:att|de|och|som|en|ett|i|på|från|under|inte|ska|kan|bör|måste|vara|alla|samma)$/i.test(w)) kept.unshift(w);
    else if (/^och$/i.test(w) && /-$/.test(prev)) kept.unshift(prev, w), i--;
    else if (/^av$/i.test(w) && nominalisation.test(prev)) kept.unshift(prev, w), i--;
    else break;
  }
  return kept.length ? nounPhrase(kept.join(' ')) : undefined;
}
