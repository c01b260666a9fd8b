import { monthNumbers, words } from './text/normalize';
import { editDistance } from './text/Vocabulary';

/** What kind of answer the question asks for; the topic is found separately. */
export type IntentKind =
  | 'decides' | 'prepares' | 'when' | 'contents' | 'difference' | 'month' | 'cycle'
  | 'roles' | 'list' | 'howmany' | 'define' | 'who' | 'bodyDecisions' | 'person' | 'other';

export interface Intent {
  kind: IntentKind;
  english: boolean;
  /** Month asked about (1–12), for "vad händer i oktober?". */
  month?: number;
  /** What "hur många …" counts ("mål" in "hur många mål får en nämnd ha"). */
  counted?: string;
}

const has = (ws: string[], ...patterns: RegExp[]) => ws.some((w) => patterns.some((p) => p.test(w)));
const phrase = (text: string, ...patterns: RegExp[]) => patterns.some((p) => p.test(text));

/** Folded words that mark a decision ("bestämmer", "fastställer", "tar beslut", "godkänner", "adopts" …). */
export const decisionWord = /^(beslut\w*|bestamm\w*|faststall\w*|ant(a|ar|as|agits?|ogs?)|godkann\w*|klubba\w*|tillsatt\w*|tillsat\w*|utse\w*|utser|decid\w*|approv\w*|adopt\w*|appoint\w*)$/;
const prepareWord = /^(bered\w*|forbered\w*|utarbeta\w*|sammanstall\w*|prepar\w*|draft\w*)$/;
const whenWord = /^(nar|when|datum|tidpunkt|manad|manader|month|deadline|senast|sista)$/;
const englishWord = /^(who|what|when|which|how|does|do|is|are|the|decides?|approves?|prepares?|mean|means|happens?|annual|plan|report|council|board|committee|budget|between|difference|contain|contains|many)$/;
const swedishWord = /^(vem|vad|nar|vilka|vilken|hur|ar|och|om|for|beslutar|bestammer|ska|i|en|ett|den|det|som|med)$/;

/** Decision verbs as managers type them; a word one letter off ("bestamer", "beslutr") counts as the verb. */
const canonicalVerbs = ['beslutar', 'bestammer', 'faststaller', 'godkanner', 'tillsatter', 'bereder'];

/** Chat Swedish and English contractions, as the standard word ("va e" → "vad är", "what's" → "what is"). */
const colloquial: Record<string, string> = {
  va: 'vad', e: 'ar', funkar: 'fungerar', nat: 'nagot', nan: 'nagon', mkt: 'mycket', whats: 'what', ok: 'okej',
};

/** A question's words, folded, with chat forms and one-letter typos of decision verbs normalised. */
export function questionWords(question: string): string[] {
  return words(question.replace(/'s\b/g, ' is').replace(/:s\b/g, '')).map((w) => fixVerbTypo(colloquial[w] ?? w));
}

/** The canonical verb for a one-letter typo of a decision verb, else the word itself. */
export function fixVerbTypo(word: string): string {
  if (word.length < 6 || canonicalVerbs.includes(word)) return word;
  return canonicalVerbs.find((v) => editDistance(word, v, 1) <= 1) ?? word;
}

/** Classifies a question by its wording (folded words), in Swedish or English. */
export function detectIntent(question: string): Intent {
  const ws = questionWords(question);
  const text = ` ${ws.join(' ')} `;
  const english = ws.filter((w) => englishWord.test(w)).length > ws.filter((w) => swedishWord.test(w)).length;
  const month = ws.map((w) => monthNumbers[w]).find((m) => m !== undefined);
  const kind = classify(ws, text, month);
  // "hur ofta" counts times ("två gånger per år").
  const counted = / (hur ofta|how often) /.test(text) ? 'ganger' : / (hur manga|how many|hur mycket|how much) (\w+)/.exec(text)?.[2];
  return { kind, english, month, counted };
}

function classify(ws: string[], text: string, month: number | undefined): IntentKind {
  // "Vem är ordförande i KS?": a named person, which a governance model never holds.
  if (phrase(text, /^ (vem|vilka|who) (ar|is|are|heter) (\w+s )?(\w+ )?(ordforande|vice ordforande|kommundirektor|kommunchef|forvaltningschef|kommunalrad|oppositionsrad|sekreterare|controller|chair|chairman|mayor|ceo)\b/, /^ vad heter /, /^ (vilket|vilka) parti\w* (styr|har makten|leder|sitter)/, /^ (vem|vilka) styr (i|kommunen)/)) return 'person';
  // "Vad bestämmer politikerna om och vad bestämmer tjänstepersonerna?": the role split, however phrased.
  const politics = phrase(text, / (politik\w*|fortroendevald\w*|politiker\w*) /);
  const administration = phrase(text, / (forvaltning\w*|tjansteperson\w*|tjansteman\w*) /);
  if (politics && administration && phrase(text, / (roll\w*|bestammer|beslutar|ansvar\w*|gor|skillnad\w*|fordelning\w*) /)) return 'roles';
  if (phrase(text, / skillnad\w* /, / difference /, / skiljer /)) return 'difference';
  if (phrase(text, / vem gor vad /, / who does what /, / rollfordelning\w* /, / (politik\w*|forvaltning\w*|tjanstepers\w*) (s )?roll\w* /, / vad och hur /, / roles? /)) return 'roles';
  if (month && phrase(text, / (hander|sker|gors|pagar|ar det|happens?|going on|aktiviteter|handelser) /) ) return 'month';
  if (month && ws.length <= 3) return 'month';
  if (phrase(text, / arshjul\w* /, / annual (cycle|wheel) /)) return month ? 'month' : 'cycle';
  if (phrase(text, / hur manga /, / how many /, / antal\w* /, / hur ofta /, / how often /, / hur mycket /, / how much /)) return 'howmany';
  if (phrase(text, / inneh[a]?ll\w* /, / ingar /, / ska ingaa? /, / bestar av /, / contain\w* /, / include\w* /)) return 'contents';
  if (has(ws, prepareWord) || phrase(text, / tar fram /, / ta fram /)) return 'prepares';
  if (phrase(text, /^ vad (beslutar|bestammer|faststaller|antar) /, /^ vilka beslut (fattar|tar) /, /^ what does .* decide /)) return 'bodyDecisions';
  if (has(ws, decisionWord) || phrase(text, / tar beslut /, / fattar beslut /, / ger klartecken /)) return 'decides';
  if (has(ws, whenWord) || phrase(text, / vilken tid /, / vilket datum /, / hur dags /)) return 'when';
  if (phrase(text, / vilka .* (finns|ar|gors|har) /, / lista /, / which .* (are|exist) /, / list /, / vilka \w+ (finns|ar|gors) /)) return 'list';
  if (phrase(text, /^ (vad|what) (ar|innebar|betyder|menas|star|is|are|does|means?) /, / menas med /, / betyder /, / innebar /, / forklara /, / definition /, / stands? for /, / what is /, /^ hur fungerar /, /^ how does .* work /)) return 'define';
  if (phrase(text, /^ (vem|vilka|vilken|who) /, / ansvar\w* for /)) return 'who';
  return 'other';
}
