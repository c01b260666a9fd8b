import { detectIntent, decisionWord, questionWords, type Intent } from './intent';
import { expandSynonyms, phraseKeys, synonymsOf } from './synonyms';
import type { Analyzer, TermSet } from './text/Analyzer';
import type { Vocabulary } from './text/Vocabulary';
import { monthNumbers, stopwords, words } from './text/normalize';

/** One topic word of a question with the terms that count as a match for it. */
export interface TopicWord {
  word: string;
  stem: string;
  /** Stems of its compound parts ("internkontrollplan" → intern…, kontroll, plan). */
  parts: string[];
  /** Terms of its synonyms ("årsbokslut" for "årsredovisning"). */
  synonyms: string[];
  /** How telling the word is (IDF in the pack). */
  weight: number;
  /** Whether the pack uses the word at all. */
  known: boolean;
}

export interface Question {
  text: string;
  intent: Intent;
  topic: TopicWord[];
}

/** Words that say what kind of answer is wanted, not what it is about. */
const intentWords = new Set(
  ('vem vad nar vilka vilken vilket hur varfor var who what when which why where whom manga many much ' +
    'menas betyder innebar innebara mean means meant star stands forklara explain definition definiera ' +
    'skillnad skillnaden skiljer difference between mellan ' +
    'innehalla innehaller ingar ingå contain contains include includes ' +
    'hander sker gors pagar happen happens ' +
    'ansvarar ansvar responsible gor gora does ' +
    'tar fattar klartecken bereder bereds forbereder prepares prepare drafts ' +
    'kommunen kommunens kommun municipality ' +
    'lista list exist finns aret under year datum tidpunkt month manad ' +
    // Generic verbs and fillers that say how, not what.
    'halls hallas kommer galler maste bor kan kunna anvands anvander skickas skickats beredas tas ges sker ske gors gjordes ' +
    'genomfors genomforas upprattas upprattar lyfts bygger byggs typer typ slags olika sitt sin sina egen egna ' +
    'vanligtvis normalt brukar enligt finnas sager arshjul arshjulet ' +
    'lamna lamnas lamnar lamnats klar klart klara fardig fardigt borja borjar slutar traffas motas ' +
    'skicka skickar visa visas ta tar ge ger fa hinna behova behover ager rum ofta fungerar raknas raknar ' +
    'ungefar cirka ca nagot nagon nagra okej fick far paragraf paragrafen ny nya nytt stor stora kom blev ' +
    'egentligen ens riktigt just precis roughly about approximately ' +
    'ska skall bor maste galla').split(' '),
);

/** "för hur lång period", "hur länge", "hur lång tid": the form of a question about duration, not its topic. */
const durationPhrase = / (for )?hur (lang|lange|langt)( tid| period| sikt| tidsperiod)? /g;

/**
 * Rejoins a compound written apart when the pack knows it whole: "balans kravet" → "balanskravet",
 * "delårs rapport" → "delårsrapport", "intern kontrollplan" → "internkontrollplan".
 */
function joinSplitCompounds(ws: string[], analyzer: Analyzer): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const next = ws[i + 1];
    if (next && ws[i].length >= 3 && next.length >= 3 && !stopwords.has(ws[i]) && !stopwords.has(next)) {
      const joined = [`${ws[i]}${next}`, `${ws[i]}s${next}`].find((j) => analyzer.isKnown(j));
      if (joined) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(ws[i]);
  }
  return out;
}

/** Multi-word synonym keys found in a question, joined into one word ("annual report" → "annual_report"). */
const phraseSynonyms = new Map<string, string[]>(phraseKeys.map((k) => [k.replace(/ /g, '_'), synonymsOf(k)]));

function joinPhrases(ws: string[]): string[] {
  const text = ` ${ws.join(' ')} `;
  let joined = text;
  for (const key of phraseKeys) joined = joined.replace(new RegExp(` ${key} `, 'g'), ` ${key.replace(/ /g, '_')} `);
  return joined === text ? ws : joined.trim().split(' ');
}

/** Analyses a question: intent, and its topic words expanded with compounds, synonyms and spelling fixes. */
export function analyzeQuestion(text: string, analyzer: Analyzer, vocabulary: Vocabulary): Question {
  const intent = detectIntent(text);
  // The counted noun of "hur många nyckltal …" is spelled as the pack spells it.
  const [counted] = intent.counted && intent.counted !== 'ganger' ? analyzer.tokens(intent.counted) : [];
  if (counted) intent.counted = vocabulary.correct(counted).word;
  const asked = ` ${questionWords(text).join(' ')} `.replace(durationPhrase, ' ');
  const topicWords = joinPhrases(joinSplitCompounds(asked.split(' ').filter((w) => w.length > 1), analyzer)).filter((w) => !intentWords.has(w) && !decisionWord.test(w) && monthNumbers[w] === undefined);
  const topic: TopicWord[] = [];
  for (const w of topicWords) {
    const phrase = phraseSynonyms.get(w);
    const [token] = phrase ? [{ word: w, stem: w, parts: [] }] : analyzer.tokens(w);
    if (!token) continue;
    const fixed = phrase ? token : vocabulary.correct(token);
    const synonymWords = phrase ?? words(expandSynonyms(fixed.word).slice(fixed.word.length));
    // Whole synonyms only: their compound parts ("bokslut" in "delårsbokslut") would match other facts.
    const synonymTerms = [...new Set(analyzer.tokens(synonymWords.join(' ')).map((t) => t.stem))].filter((t) => t !== fixed.stem);
    const known = vocabulary.knows(fixed.stem) || fixed.parts.some((p) => vocabulary.knows(p)) || synonymTerms.some((t) => vocabulary.knows(t));
    // An abbreviation or synonym weighs like the most common word it stands for ("kf" like "kommunfullmäktige").
    const knownSynonyms = synonymTerms.filter((t) => vocabulary.knows(t));
    const weight = Math.min(...[...(phrase ? [] : [fixed.stem]), ...knownSynonyms].map((t) => vocabulary.idf(t)), phrase ? Infinity : vocabulary.idf(fixed.stem));
    topic.push({ word: fixed.word, stem: fixed.stem, parts: fixed.parts, synonyms: synonymTerms, weight: known ? weight : Math.min(weight, vocabulary.unknownWeight()), known });
  }
  return { text, intent, topic };
}

/**
 * How well a set of terms covers the question's topic, weighted by IDF (0–1). A word counts fully
 * when its stem or a synonym is there, partly when only some compound parts are.
 */
export function coverage(topic: TopicWord[], terms: TermSet): number {
  let total = 0;
  let hit = 0;
  for (const w of topic) {
    total += w.weight;
    hit += w.weight * wordMatch(w, terms);
  }
  return total ? hit / total : 0;
}

export function wordMatch(w: TopicWord, terms: TermSet): number {
  if (terms.whole.has(w.stem) || w.synonyms.some((t) => terms.whole.has(t))) return 1;
  // The text has the word only inside a compound ("plan" in "verksamhetsplan"): a weaker match.
  if (terms.all.has(w.stem) || w.synonyms.some((t) => terms.all.has(t))) return 0.7;
  return w.parts.length ? (w.parts.filter((p) => terms.all.has(p)).length / w.parts.length) * 0.6 : 0;
}

/** All terms a topic word may match (for search queries). */
export const termsOf = (w: TopicWord): string[] => [w.stem, ...w.parts, ...w.synonyms];
