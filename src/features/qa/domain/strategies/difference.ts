import { cutAtWord } from '../../../../shared/text';
import { sure, type Candidate } from '../answer/Candidate';
import { scoreFacts, type ScoredFact } from '../answer/scoreFacts';
import { analyzeQuestion, type QuestionPart } from '../question/analyzeQuestion';
import { saysWhose } from '../question/saysWhose';
import { hasCue, isCue } from '../question/cues';
import { bodyRoleWords, rankWords } from '../question/vocabularyOfQuestions';
import { monthNumbers, words } from '../lexicon/normalize';
import { renderFact } from '../render/renderFact';
import { uniqueSources } from '../sources';
import { joinAnswers } from '../answer/joinAnswers';
import { maxAnswer } from '../unknownAnswer';
import { generalStrategy } from './general';
import { aspectAsked, aspectSide } from './differenceAspect';
import { sidesAsked } from './differenceSides';
import { mentionedBodies } from '../retrieval/FactIndex';
import type { Sentence } from '../retrieval/PassageIndex';
import { wordMatch, type TopicWord } from '../question/TopicWord';
import type { AnswerContext, Strategy } from './Strategy';
import { genitiveMark } from '../question/questionText';

type Side = { id: string; text: string; sources: Candidate['sources'] };

/** How much of a side's words a sentence must hold itself to stand for it: all, an alias ("KF" → "kommunfullmäktige") nearly whole. */
const SIDE_OWN = 0.9;

/**
 * One side of a difference as "vad är X" asks it: the fact that names it, or else the passage sentence
 * that holds its name and answers best. The side as written first ("en riktlinje hos oss"), then its first
 * word alone ("riktlinje"): what follows the thing is where it is, not what it is; but what follows whose it is
 * ("KF:s mål") is the thing.
 */
function sideOf(asked: QuestionPart, ctx: AnswerContext): Side | undefined {
  const english = ctx.question.english;
  // ("fullmäktiges mål", "KS mål": a side that opens with whose it is names the thing after, and only as that body's.)
  const [first, second] = asked.topic;
  // (Where a topic word starts and ends among the side's words: a phrase, "executive_board", spans several.)
  const start = (t: TopicWord) => asked.words.indexOf(t.word.split('_')[0]);
  const end = (t: TopicWord) => asked.words.indexOf(t.word.split('_').at(-1)!);
  // ("the council's goals": an English genitive stands between as "s".)
  const englishGenitive = Boolean(second) && asked.words[end(first) + 1] === genitiveMark && start(second) === end(first) + 2;
  const adjacent = Boolean(second) && (start(second) === end(first) + 1 || englishGenitive);
  const body = mentionedBodies({ ...asked, topic: [first] }, ctx.facts).length > 0;
  const abbreviation = adjacent && first.word.length <= 4 && !isCue(second.word, bodyRoleWords) && body;
  const whose = adjacent && (saysWhose(asked.topic, ctx.lexicon) || abbreviation || (englishGenitive && !isCue(second.word, bodyRoleWords)));
  // ("de kommunövergripande målen": words in a row name one thing, its head last; only a word after a gap is a frame. After
  // whose it is, the run starts again: "KF:s kommunövergripande mål".)
  const run = asked.topic.findIndex((t, i) => i > (whose ? 1 : 0) && start(t) !== end(asked.topic[i - 1]) + 1);
  const inRun = run < 0 ? asked.topic.length : run;
  // (A body first is the thing: "kommunfullmäktiges roll" is what KF is.)
  const head: QuestionPart = { ...asked, topic: asked.topic.slice(0, whose ? Math.max(2, inRun) : body ? 1 : Math.max(1, inRun)) };
  // (The fact must name the thing itself: of "kommunövergripande mål", "Kommunövergripande stödjande styrdokument" does not;
  // of "KF:s kommunövergripande mål", "Den kommungemensamma årsredovisningen" that KF adopts does not.)
  const thing = head.topic.length > (whose ? 2 : 1) ? head.topic[head.topic.length - 1] : undefined;
  const named = (f: ScoredFact) => !thing || Math.max(wordMatch(thing, f.entry.nameTerms), english ? wordMatch(thing, f.entry.enTerms) : 0) > 0;
  for (const p of asked.topic.length > head.topic.length ? [asked, head] : [asked]) {
    const best = scoreFacts(p, english, ctx.facts).find((f) => (!whose || f.entry.kind !== 'body') && named(f));
    if (best && best.nameCoverage >= 0.7) {
      const defined = renderFact(ctx.pack, best.entry, 'define', false) ?? '';
      // (Of a kind of document, who adopts it and when tells two apart as much as what it holds: "… and which is adopted first?")
      const decision = best.entry.kind === 'documentType' ? ctx.facts.find((f) => f.kind === 'decision' && f.id === best.entry.id) : undefined;
      const adopted = decision && renderFact(ctx.pack, decision, 'decides', false)?.split(/(?<=\.)\s/)[0];
      return { id: best.entry.id, text: adopted ? defined.replace(/^([^:]+:)\s*/, `$1 ${adopted} `) : defined, sources: [ctx.cite(best.entry.source), ...(decision ? [ctx.cite(decision.source)] : [])] };
    }
  }
  const sentence = generalStrategy.candidates({ ...head, kind: 'define' }, ctx).find((c) => c.from === 'sentence' && c.features.ownCoverage >= SIDE_OWN);
  return sentence ? { id: sentence.where, text: sentence.text, sources: sentence.sources } : undefined;
}

/** A side as "vad är X" asks it, read as the answerer reads the question's own parts. */
function sidePart(side: string, ctx: AnswerContext): QuestionPart | undefined {
  const [asked] = analyzeQuestion(ctx.question.english ? `what is ${side}` : `vad är ${side}`, ctx.lexicon).parts;
  if (asked) ctx.narrow(asked);
  return asked?.topic.length ? asked : undefined;
}

/** The most telling word of a side ("nämndernas årsrapport" → årsrapport). */
const telling = (part: QuestionPart): TopicWord => part.topic.reduce((a, b) => (b.weight > a.weight ? b : a));

/** How many of the best passages for both sides are searched for two sentences that set them against each other. */
const CONTRAST_PASSAGES = 5;

/**
 * "Årsrapporterna innehåller … Årsredovisningen innehåller …": two sentences in a row of one passage, the first
 * naming one side and not the other, the second the other side and not the first, set the sides against each
 * other in the document's own words. Each side counts by its most telling word, as a word of its own, and each
 * sentence must open with its side (as its first or second word): it speaks of that side.
 */
function contrast(a: QuestionPart, b: QuestionPart, ctx: AnswerContext): Side | undefined {
  const [x, y] = [telling(a), telling(b)];
  if (x.stem === y.stem) return undefined;
  const opensWith = (one: TopicWord, s: Sentence) => ctx.lexicon.analyzer.tokens(s.text).slice(0, 2).some((t) => t.stem === one.stem);
  const only = (one: TopicWord, other: TopicWord, s: Sentence | undefined) => s !== undefined && !s.cues.listItem && wordMatch(other, s.terms) < 1 && opensWith(one, s);
  for (const hit of ctx.passages.find([...a.topic, ...b.topic], CONTRAST_PASSAGES)) {
    const sentences = ctx.passages.sentences(hit.passage);
    for (let i = 0; i + 1 < sentences.length; i++) {
      const [first, second] = [sentences[i], sentences[i + 1]];
      if ((only(x, y, first) && only(y, x, second)) || (only(y, x, first) && only(x, y, second))) {
        // "Uppföljningen avslutas med nämndernas och bolagens årsrapporter samt en kommungemensam årsredovisning.": a
        // sentence right before that names both sides introduces them (whose each is).
        const before = sentences[i - 1];
        const intro = before && !before.cues.listItem && wordMatch(x, before.terms) === 1 && wordMatch(y, before.terms) === 1 ? [before] : [];
        return { id: `${hit.passage.id}#${i}`, text: [...intro, first, second].map((t) => t.text).join(' '), sources: [ctx.cite(hit.passage)] };
      }
    }
  }
  return undefined;
}

/**
 * A side that is only a month ("skillnaden mellan den i maj och den i november"): the question's topic in that
 * month: a fact of that month named by the topic's most telling word, or else a passage sentence with that word and month.
 */
function sideInMonth(month: number, part: QuestionPart, ctx: AnswerContext): Side | undefined {
  const inMonth: QuestionPart = { ...part, kind: 'when', month };
  const fact = scoreFacts(inMonth, ctx.question.english, ctx.facts).find((s) => s.keyHit && s.nameCoverage >= 0.3 && (s.entry.kind === 'event' || s.entry.kind === 'decision') && s.entry.fact.months.includes(month));
  if (fact) return { id: fact.entry.id, text: renderFact(ctx.pack, fact.entry, 'define', false) ?? '', sources: [ctx.cite(fact.entry.source)] };
  const sentence = generalStrategy.candidates(inMonth, ctx).find((c) => c.from === 'sentence' && c.at?.cues.months.includes(month) && c.keyHit);
  return sentence ? { id: sentence.where, text: sentence.text, sources: sentence.sources } : undefined;
}

/**
 * The two sides' texts as one answer, each cut to `room`. Two sides from one passage may share sentences ("… så kallade
 * finansiella mål och verksamhetsmål. De finansiella målen …"): each sentence is said once, and a side the other holds whole is not repeated.
 */
export function sidesTogether(x: string, y: string, room: number): string {
  const texts = x.includes(y) ? [x] : y.includes(x) ? [y] : [x, y];
  return joinAnswers(texts.map((t) => cutAtWord(t, texts.length > 1 ? room : maxAnswer)), '\n\n');
}

/**
 * Which of two types of document stands higher in the kommun's hierarchy, by their place in it (1 is highest): "Policy
 * (nummer 3) står över Program (nummer 4) i hierarkin." Undefined unless both sides are types with a place.
 */
function rankOf(sides: Side[], ctx: AnswerContext): string | undefined {
  const types = sides.map((s) => ctx.facts.find((f) => f.id === s.id && f.kind === 'documentType'));
  const placed = types.flatMap((t) => (t?.kind === 'documentType' && t.fact.order !== undefined ? [{ name: t.fact.name, order: t.fact.order }] : []));
  if (placed.length < 2 || placed[0].order === placed[1].order) return undefined;
  const [high, low] = placed[0].order < placed[1].order ? placed : [placed[1], placed[0]];
  return `${high.name} (nummer ${high.order}) står över ${low.name} (nummer ${low.order}) i hierarkin över styrdokument, där nummer 1 står högst.`;
}

/** The fewest characters worth showing of a side beside the passage that contrasts both. */
const MIN_SIDE = 120;


/**
 * "Vad är skillnaden mellan X och Y?": two sentences of one passage that set the sides against each other, when the
 * document has them (see `contrast`), followed by what room is left for each side's own definition; else each side
 * defined from its own fact (or its defining sentence), both cited, each given half of the answer's length. Nothing
 * when either side is not found (then passages answer).
 */
export const differenceStrategy: Strategy = {
  kinds: ['difference'],
  candidates(part, ctx): Candidate[] {
    const sides = sidesAsked(part, ctx.question.text, (w) => ctx.lexicon.known(w));
    if (!sides) return [];
    const ranks = hasCue(part.words, rankWords);
    const sideMonths = sides.map((side) => {
      const ws = side.split(' ');
      const month = ws.map((w) => monthNumbers[w]).find((n) => n !== undefined);
      return month && ws.length <= 3 ? month : undefined;
    });
    const asked = sides.map((side, i) => (sideMonths[i] === undefined ? sidePart(side, ctx) : undefined));
    // (Asked in one respect, "… när det gäller antal", what the model says of each side in it tells them apart.)
    const aspect = aspectAsked(part.words);
    const told = aspect && asked[0] && asked[1] ? asked.map((s) => aspectSide(s!, aspect, telling(s!).word, ctx)) : [];
    if (told[0] && told[1] && told[0].text !== told[1].text) return [sure({ text: sidesTogether(told[0].text, told[1].text, Math.floor((maxAnswer - 10) / 2)), sources: uniqueSources(told.flatMap((t) => t!.sources)), language: told[0].language, via: 'passage' }, `difference as ${aspect}`)];
    const pair = asked[0] && asked[1] ? contrast(asked[0], asked[1], ctx) : undefined;
    const [a, b] = sides.map((_, i) => (sideMonths[i] !== undefined ? sideInMonth(sideMonths[i]!, part, ctx) : asked[i] && sideOf(asked[i]!, ctx)));
    const both = a && b && a.id !== b.id && a.text !== b.text ? [a, b] : [];
    const room = Math.floor((maxAnswer - (pair ? pair.text.length + 2 : 0) - 10) / 2);
    const shown = room >= MIN_SIDE ? both : [];
    if (pair) {
      const text = joinAnswers([pair.text, ...shown.map((s) => cutAtWord(s.text, room))], '\n\n');
      return [sure({ text: cutAtWord(text, maxAnswer), sources: uniqueSources([...pair.sources, ...shown.flatMap((s) => s.sources)]), language: 'sv', via: 'passage' }, `difference in one passage ${pair.id}`)];
    }
    if (!both.length) return [];
    const order = ranks ? rankOf(both, ctx) : undefined;
    if (order) return [sure({ text: cutAtWord(joinAnswers([order, sidesTogether(both[0].text, both[1].text, room - Math.ceil(order.length / 2))], '\n\n'), maxAnswer), sources: uniqueSources(both.flatMap((s) => s.sources)), language: 'sv', via: 'fact' }, `rank ${a!.id} / ${b!.id}`)];
    return [sure({ text: sidesTogether(both[0].text, both[1].text, room), sources: uniqueSources(both.flatMap((s) => s.sources)), language: 'sv', via: 'fact' }, `difference ${a!.id} / ${b!.id}`)];
  },
};
