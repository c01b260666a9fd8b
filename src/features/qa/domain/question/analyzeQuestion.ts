import { contentDespiteFolding, englishOnlyStopwords, readsAsEnglish, swedishStopwords, termsDespiteStoplist, yearForms } from '../lexicon/stopwords';
import type { Alternative, Lexicon } from '../lexicon/Lexicon';
import { monthNumbers, monthOpening, writtenWords } from '../lexicon/normalize';
import { absentWords } from './absence';
import { lightenAsides } from './asides';
import { introducesAsker, restatesContext, saysAskersNeed, saysOnlyDoing, tellsAskersDoing } from './askersContext';
import { markStated, unitsOfRestatements, readSentences } from './sentences';
import { ownUnits } from './ownUnit';
import { classify } from './classify';
import { asksNext, asksNow } from './asksNext';
import { cueAt, hasCue, isCue } from './cues';
import { preparedText, questionWords } from './questionText';
import type { Classified, QuestionKind } from './QuestionKind';
import { joinPhrases, joinSplitCompounds, phraseSpans } from './phrases';
import { orderParts, splitParts } from './splitParts';
import { askedOfFirst } from './askedOfFirst';
import { dropBodyConjuncts, pointedCompounds, pointsBack } from './references';
import { particleVerbs } from './particleVerbs';
import { formSpans } from './formWords';
import { pointsAtTerm, weighTermAsked, weighTermPointedAt } from './termAsked';
import { pushGlossed, type TopicWord } from './TopicWord';
import * as q from './vocabularyOfQuestions';

/** One part of a question (most have one): its kind and its topic. */
export interface QuestionPart extends Classified {
  /** The part's folded words, as asked. */
  words: string[];
  topic: TopicWord[];
  /** Share of the topic's weight the pack knows (0–1), before an English question keeps only known words. */
  knownShare?: number;
  /** Of a question of what something is, the term asked about ("Hur definierar styrmodellen begreppet mål?" → mål). */
  term?: TopicWord;
  /**
   * It comes from a sentence that ends with no question mark while another one has it ("Vi diskuterar hur många mål vi
   * ska föreslå. Finns det någon gräns …?"): it says what the asker is on about, and the marked question carries it
   * (`told`: unanswered, it does not block the question, nor is it answered alone); or it is the first of two questions
   * joined by a comma ("hur är rollerna tänkta, vem bestämmer vad?"; `asked`: unanswered, it does not block the other).
   */
  stated?: 'told' | 'asked';
  /** The stems of the topic words it carries from the first part, at which it points back ("… och vem beslutar om det?"). */
  carried?: string[];
}

export interface AnalyzedQuestion {
  text: string;
  english: boolean;
  parts: QuestionPart[];
  /** Which of two steps comes first is asked ("Vad kommer först – X eller Y?"): its first two parts are those steps. */
  ordered?: boolean;
}

/** A word outside the pack's names (headings, bodies, facts) weighs this much of its IDF: it shapes the question more than it names its topic. */
const proseWeight = 0.6;
/** A remark after the last question (what the asker will do with the answer) weighs this much of its words. */
const remarkWeight = 0.3;

/** The topic words of a part: what remains after the form words, with weights and alternatives. */
function topicOf(ws: string[], english: boolean, lexicon: Lexicon, asWritten: Set<string>, kind?: QuestionKind): TopicWord[] {
  const { analyzer, vocabulary } = lexicon;
  const form = formSpans(ws, kind);
  // The words of a lexicon phrase stay together even when one is a stop word ("mål och budget", "focus areas");
  // stopwords-iso's long English list holds content words too, which stay when the pack writes them ("system"; not "and",
  // which only shares its stem with the pack's "anda").
  const phrased = phraseSpans(ws, english, lexicon);
  const unfolded = contentDespiteFolding(asWritten);
  const content = ws.filter(
    (w, i) => !(i === 0 && isCue(w, q.yesNoOpeners)) && !saysAskersNeed(ws, i) && !form.has(i) && monthNumbers[w] === undefined && !yearForms.has(w) && (phrased.has(i) || ((!swedishStopwords.has(w) || termsDespiteStoplist.has(w) || unfolded.has(w)) && !(english && englishOnlyStopwords.has(w) && !vocabulary.writes(w)))) && (w.length > 1 || phrased.has(i)),
  );
  const particled = english ? new Map<string, Alternative>() : particleVerbs(ws, lexicon);
  if (!english) for (const [w, unit] of ownUnits(ws, asWritten, lexicon)) if (!particled.has(w)) particled.set(w, unit);
  const topic: TopicWord[] = [];
  // (Not in English: "the budget set" is no Swedish compound written apart.)
  for (const w of joinPhrases(english ? content : joinSplitCompounds(content, lexicon), english, lexicon)) {
    const phrase = w.includes('_');
    const [token] = phrase ? [{ word: w, stem: w, parts: w.split('_').flatMap((x) => analyzer.tokens(x).map((t) => t.stem)) }] : unfolded.has(w) ? [analyzer.token(w)] : analyzer.tokens(w);
    if (!token) continue;
    const alternatives = [...lexicon.alternatives(w.replace(/_/g, ' '), english, asWritten), ...(particled.has(w) ? [particled.get(w)!] : [])];
    const ownKnown = !phrase && lexicon.known(w);
    // A thesaurus neighbour helps a word match but never makes it known: its senses are mixed ("lön" →
    // "ständig"), so a word only the thesaurus links to the pack says little about what the pack holds.
    const known = ownKnown || alternatives.some((a) => a.via !== 'thesaurus');
    // An abbreviation or alternative weighs like the commonest pack word it stands for ("kf" like "kommunfullmäktige").
    const weights = known ? [...(ownKnown ? [vocabulary.idf(token.stem)] : []), ...alternatives.map((a) => vocabulary.idf(a.stem))] : [];
    // A word the pack does not use weighs like a word in a few documents, half that when it is everyday
    // Swedish (the thesaurus knows it: "största", "grej") rather than a name of something else ("Stockholm"),
    // or an English word (most are everyday words the vocabulary does not translate: "annual", "track").
    const named = [token.stem, ...alternatives.map((a) => a.stem)].some((t) => lexicon.isDomainTerm(t));
    const weight = weights.length ? Math.min(...weights) * (named ? 1 : proseWeight) : vocabulary.unknownWeight() * (lexicon.everyday(w) ? 0.5 : english ? 0.7 : 1);
    const familiarity = alternatives.some((a) => a.via !== 'thesaurus') ? 1 : phrase ? 0 : lexicon.familiarity(w);
    pushGlossed(topic, { word: token.word, stem: token.stem, parts: token.parts, alternatives, weight, known, familiarity });
  }
  return topic;
}

/** Analyses a question: its language, its parts, and for each its kind and topic. */
export function analyzeQuestion(asked: string, lexicon: Lexicon): AnalyzedQuestion {
  const text = preparedText(asked, lexicon);
  const ws = questionWords(text);
  const english = readsAsEnglish(ws);
  const asWritten = new Set(writtenWords(text));
  // Sentences that ask nothing ("Jag är ny enhetschef och ska ta fram …") give the question their topic.
  const sentences = readSentences(text);
  const asking = sentences.filter((s) => s.asks);
  const context = asking.length && asking.length < sentences.length ? sentences.filter((s) => !s.asks).flatMap((s) => s.ws) : [];
  const questionWs = asking.length && context.length ? asking.flatMap((s) => s.ws) : sentences.some((s) => s.guess) ? sentences.flatMap((s) => s.ws) : ws;
  // Two names joined by "och", unless they make one name ("mål och budget", "budget- och årsplan").
  const twoNames = (a: string, b: string) =>
    a !== b && !/-\s+(och|and)\b/i.test(text) && !lexicon.phrases.has(`${a} och ${b}`) && [a, b].every((w) => lexicon.analyzer.tokens(w).some((t) => lexicon.isDomainTerm(t.stem)));
  let parts = splitParts(questionWs, asking.length > 1 ? asking.map((s) => s.ws) : [questionWs], twoNames).map((pw): QuestionPart => {
    const classified = classify(pw);
    const topic = topicOf(pw, english, lexicon, asWritten, classified.kind);
    const missing = new Set(topicOf(absentWords(pw), english, lexicon, asWritten).map((t) => t.stem));
    const absent = topic.filter((t) => missing.has(t.stem)).map((t) => t.stem);
    // ("gruppledarna på majmötet": a month may open a compound.)
    const month = classified.month ?? topic.map((t) => monthOpening(t.parts)).find((m) => m !== undefined);
    return { ...classified, ...(month !== undefined ? { month } : {}), words: pw, topic, ...(absent.length ? { absent } : {}) };
  });
  markStated(parts, sentences);
  unitsOfRestatements(parts);
  // A term the asker puts in quotes ("the term 'referenskostnad'", "”dialog”") is what the question is about.
  const quoted = new Set(
    [...text.matchAll(/(?<![\p{L}])['‘"”“]([\p{L}][\p{L} -]{1,40}?)['’"”](?![\p{L}])/gu)].flatMap((m) => lexicon.analyzer.tokens(m[1]).map((t) => t.stem)),
  );
  // "Vad menas med grunduppdrag egentligen?": the term asked about weighs double (termAsked.ts).
  for (const part of parts) if (part.kind === 'define' && part.topic[0]) weighTermAsked(part, lexicon, (ws) => new Set(topicOf(ws, english, lexicon, asWritten).map((t) => t.stem)), quoted);
  if (context.length) {
    // Of what the context before the question says, the pack's own words are topic ("KF har klubbat mandatmålen. Vad händer nu?"); a remark after the last
    // question ("(felaktiga löneutbetalningar berör oss", "Ska ha den på en affisch") weighs less (remarkWeight). Words the pack does not know, before or
    // after ("ska skriva ihop en instruktion till nämndsekreterarna"), match nothing and only tell who asks and why: they are no topic. Nor, in a question
    // of what comes next, is the verb by which a step is said done ("Vi har tagit fram nämndens genomlysning. Vad händer sen?").
    const own = new Set(parts[0].topic.map((t) => t.stem));
    // (The model as where to look names nothing when the context names the term: "Ordet X … Vad innebär det enligt styrmodellen?")
    const namesTerm = cueAt(context, q.termNouns) >= 0 || quoted.size > 0;
    const pointsOnly = (own.size === 0 || (namesTerm && parts[0].topic.every((t) => isCue(t.word, q.modelWords)))) && parts[0].words.some((w) => q.pointerWords.has(w));
    const lastAsk = sentences.lastIndexOf(asking[asking.length - 1]);
    const remarks = (from: number, to: number) => topicOf(sentences.slice(from, to).filter((s) => !s.asks).flatMap((s) => s.ws), english, lexicon, asWritten, parts[0].kind === 'next' ? 'next' : undefined);
    // Who the asker is ("Jag är nyvald ersättare i …", "I'm coordinating an EU project …", "Ska förklara styrmodellen för en
    // nyanställd controller.") and what they are doing ("Jag sätter ihop en checklista …") weigh like a remark.
    // (Not a preface the question points back at, naming nothing else: "Inför att vi ska anta nämndens budget: vad ska den innehålla enligt styrmodellen?")
    const pointsAtPreface = parts[0].words.some((w) => q.pointerWords.has(w)) && parts[0].topic.every((t) => isCue(t.word, q.modelWords));
    const introducing = new Set(sentences.slice(0, lastAsk).filter((s) => !s.asks && (introducesAsker(s.ws) || tellsAskersDoing(s.ws, parts[0]) || hasCue(s.ws, q.newcomerWords) || (s.preface && !pointsAtPreface))).flatMap((s) => topicOf(s.ws, english, lexicon, asWritten).map((t) => t.stem)));
    // (Who asks weighs at most a remark's share of the question's own heaviest word: "… a paper on Swedish local
    // government" does not outweigh what is asked because the pack says "regering" once.)
    const heaviest = Math.max(0, ...parts[0].topic.map((t) => t.weight));
    const asRemark = (w: number) => remarkWeight * (heaviest ? Math.min(w, heaviest) : w);
    // (So does all of it when the question names again what it speaks of: askersContext.ts, restatesContext.)
    const restated = restatesContext(parts[0], new Set(topicOf(context, english, lexicon, asWritten).map((t) => t.stem)));
    // (Of what the asker says they do, a question that only points back asks about the thing named: askersContext.ts.)
    const onlyDoing = pointsOnly && parts[0].kind !== 'define' ? saysOnlyDoing(sentences.slice(0, lastAsk), (ws) => topicOf(ws, english, lexicon, asWritten), (stem) => lexicon.isDomainTerm(stem)) : () => false;
    const before = remarks(0, lastAsk).filter((t) => t.known).map((t) => ({ ...t, weight: restated || introducing.has(t.stem) || onlyDoing(t) ? asRemark(t.weight) : t.weight }));
    const after = remarks(lastAsk + 1, sentences.length).filter((t) => t.known).map((t): TopicWord => ({ ...t, weight: t.weight * remarkWeight, remark: true }));
    for (const t of [...before, ...after]) if (!own.has(t.stem)) own.add(t.stem) && parts[0].topic.push(t);
    // "I kallelsen står det planeringsförutsättningar. Vad är det för något?", "The document mentions "balanskravet". What
    // does that term mean …?" (termAsked.ts).
    if ((pointsOnly || pointsAtTerm(parts[0].words)) && parts[0].kind === 'define') weighTermPointedAt(parts[0], before, context, quoted);
    pointedCompounds(parts);
    // What the context says is missing ("Våra mål har inga nyckeltal kopplade."), as a condition of the question would.
    const missing = new Set(topicOf(absentWords([...context, ...parts[0].words]), english, lexicon, asWritten).map((t) => t.stem));
    const absent = [...new Set([...(parts[0].absent ?? []), ...parts[0].topic.filter((t) => missing.has(t.stem)).map((t) => t.stem)])];
    if (absent.length) parts[0].absent = absent;
    // "Nämnden har tagit budget- och årsplanen nu i oktober. Vad händer härnäst?": the month is the question's too, and so is "Själva formuleringen alltså." after it.
    const said = classify(context);
    // What comes next, when the context says the step done ("KS har antagit verksamhetsplanen. Vad förväntas av oss nu?") or names the step asked after ("So after the interim accounts …, what's the next follow-up …?").
    if ((parts[0].kind === 'other' && asksNow(parts[0].words, context)) || (['other', 'define'].includes(parts[0].kind) && asksNext(parts[0].words, context))) parts[0].kind = 'next';
    // (Beside a season, a month of the context is the step said done when what comes next is asked: "Budgeten antas i juni. Händer det något mer med den under hösten?"; so is a season of the context, when the question names no month: "… vårt utkast klart i slutet av sommaren. Vad är nästa steg?")
    if (!parts[0].season || parts[0].kind === 'next') parts[0].month ??= said.month;
    if (parts[0].kind === 'next' && parts[0].month === undefined && !parts[0].season && said.season) parts[0].doneSeason = said.season;
    // "… i hallsta? i procent alltså": a unit said beside the question is the unit it asks in.
    // (Not to a question of why: "Varför måste alla mål vara mätbara? … går ju inte att mäta i siffror.")
    if (parts[0].kind !== 'reason') parts[0].units ??= said.units;
    // A remark on the asker's own situation ("Vi har typ sju idag…") does not make the question one about now.
    if (said.wording && !parts[0].current) Object.assign(parts[0], { current: true, wording: true });
  }
  for (const part of parts) part.topic = part.topic.map((t) => (quoted.has(t.stem) ? { ...t, weight: t.weight * 2 } : t));
  // "Många medlemmar undrar varför kommunen har en styrmodell": who wonders, before an indirect question, weighs like a remark.
  for (const part of parts) {
    const ask = cueAt(part.words, q.questionWords);
    const asker = ask > 0 && hasCue(part.words.slice(0, ask), q.askVerbs) ? new Set(topicOf(part.words.slice(0, ask), english, lexicon, asWritten).map((t) => t.stem)) : undefined;
    const asked = asker && new Set(topicOf(part.words.slice(ask), english, lexicon, asWritten).map((t) => t.stem));
    if (asker && asked) part.topic = part.topic.map((t) => (asker.has(t.stem) && !asked.has(t.stem) ? { ...t, weight: t.weight * remarkWeight } : t));
  }
  lightenAsides(parts, (ws) => topicOf(ws, english, lexicon, asWritten));
  dropBodyConjuncts(parts, asked);
  parts = askedOfFirst(parts, pointsBack);
  // A later part that points back ("… och när beslutas den?") is about the first part's topic too. Of two steps
  // whose order is asked ("KS mål eller verksamhetsplanen") the second is its own topic, and points back only at
  // who does the first ("att KS antar sina mål eller att den antar verksamhetsplanen"): the first's first word.
  const ordered = orderParts(questionWs) !== undefined;
  for (const [i, part] of parts.entries()) {
    const second = ordered && i === 1;
    if (i > 0 && (second ? part.words.some((w) => q.pointerWords.has(w)) : pointsBack(part))) {
      const own = new Set(part.topic.map((t) => t.stem));
      const carried = second ? parts[0].topic.slice(0, 1) : parts[0].topic;
      const taken = carried.filter((t) => !own.has(t.stem));
      part.topic.push(...taken.map((t) => ({ ...t, weight: t.weight * 0.7 })));
      if (taken.length) part.carried = taken.map((t) => t.stem);
    }
  }
  return { text: asked, english, parts, ...(ordered && parts.length >= 2 ? { ordered } : {}) };
}
