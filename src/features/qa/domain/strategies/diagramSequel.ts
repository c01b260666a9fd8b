import { sure, type Candidate } from '../answer/Candidate';
import { keyWord } from '../answer/scoreFacts';
import { coverage, wordMatch, type TopicWord } from '../question/TopicWord';
import type { Sentence } from '../retrieval/PassageIndex';
import { namesGenericBody } from '../retrieval/bodyWords';
import { words } from '../lexicon/normalize';
import { isCue } from '../question/cues';
import { eachWords } from '../question/vocabularyOfQuestions';
import type { AnswerContext } from './Strategy';

/** The longest line of a diagram's box (a step, or who takes it), in words. */
const BOX_WORDS = 12;
/** How much of the question a box must name to be the step asked about. */
const NAMES_STEP = 0.4;

/** A line of a diagram as the text extraction leaves it: short, with no full stop. */
const isBox = (s: Sentence) => !s.cues.listItem && !/[.!?:;]\s*$/.test(s.text) && s.text.split(/\s+/).length <= BOX_WORDS;
/** A box that says who takes a step: it opens with a body ("Kommunfullmäktige", "KSAU/gruppledare i KF …", "Samtliga nämnder …"). */
const isActor = (s: Sentence) => {
  const [first, second = ''] = words(s.text);
  return namesGenericBody(first ?? '') || (isCue(first ?? '', eachWords) && namesGenericBody(second));
};

/**
 * "Vår nämnd har beslutat om sitt årsbokslut – vad händer sen?", when the document draws its annual cycle as a diagram
 * whose boxes come out as short lines without months ("Beslut om nämndens/bolagets årsbokslut" / "Samtliga nämnder och
 * bolag" / … / "Dialog årsbokslut" / "KSAU/gruppledare i KF med samtliga nämnder och bolag" / "Beslut årsbokslut" /
 * "Kommunfullmäktige"): the box naming the step asked, then the later boxes naming the same thing (its last word), each
 * with the box after it when that says who takes the step. The boxes of other columns ("Beslut nämndens fördjupade
 * månadsuppföljning") stand between them in reading order, and are passed over. A sentence of the documents that says
 * what follows in words goes first.
 */
export function diagramSequel(topic: TopicWord[], ctx: AnswerContext): Candidate | undefined {
  const key = keyWord(topic);
  const hits = ctx.passages.find(topic, 5);
  // A sentence that says it in words ("Nämnderna beslutar om X och därefter …") says more than the diagram.
  if (key && hits.some((hit) => ctx.passages.sentences(hit.passage).some((s) => s.lead && wordMatch(key, s.lead) >= 0.7))) return undefined;
  for (const hit of hits) {
    const lines = ctx.passages.sentences(hit.passage);
    const boxes = lines.filter(isBox);
    if (boxes.length < 4) continue;
    const named = boxes.filter((s) => !isActor(s) && (!key || wordMatch(key, s.terms) >= 0.7) && coverage(topic, s.terms) >= NAMES_STEP);
    const [step] = named.sort((a, b) => coverage(topic, b.terms) - coverage(topic, a.terms));
    if (!step) continue;
    const thing = ctx.lexicon.analyzer.tokens(step.text).at(-1)?.stem;
    if (!thing) continue;
    const who = (s: Sentence) => {
      const next = lines[s.index + 1];
      return next && isBox(next) && isActor(next) ? ` (${next.text})` : '';
    };
    const later = boxes.filter((s) => s.index > step.index && !isActor(s) && s.terms.whole.has(thing)).slice(0, 2);
    if (!later.length) continue;
    const text = `Efter ${step.text.charAt(0).toLowerCase()}${step.text.slice(1)} kommer: ${later.map((s) => `${s.text}${who(s)}`).join('. Därefter: ')}.`;
    return sure({ text, sources: [ctx.cite(hit.passage)], language: 'sv', via: 'passage' }, `next in the diagram of ${hit.passage.section}`);
  }
  return undefined;
}
