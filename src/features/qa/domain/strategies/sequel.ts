import { cutAtWord } from '../../../../shared/text';
import { sure, type Candidate } from '../answer/Candidate';
import type { QuestionPart } from '../question/analyzeQuestion';
import { coverage, wordMatch, type TopicWord } from '../question/TopicWord';
import { bodiesNamedIn, mentionedBodies } from '../retrieval/FactIndex';
import { namesGenericBody } from '../retrieval/bodyWords';
import { maxAnswer } from '../unknownAnswer';
import { excerpt } from './excerpt';
import { monthNumbers, words } from '../lexicon/normalize';
import type { AnswerContext } from './Strategy';

/** "När X är antagen" of "När X är antagen ska förvaltningen …": up to the first comma or modal verb, else the first eight words. */
function openingClause(text: string): string {
  const m = /^(.+?)(?:,|\s(?:ska|skall|bör|kan|måste|får)\s)/u.exec(text);
  return m ? m[1] : text.split(/\s+/).slice(0, 8).join(' ');
}

/**
 * How many of the best passages for the question are searched for a sentence that goes on from the step (it may be told in
 * passing, in a section about something else: "Planeringens gång … När kommunstyrelsen har beslutat om sina mål påbörjas …").
 */
const SEQUEL_PASSAGES = 8;

/**
 * A passage sentence that says what follows the step the `naming` words name: one that opens with the step
 * ("När X är antagen …", "Efter X …"), or one that names it and goes on ("Nämnderna beslutar om X och därefter …").
 */
export function sequelOf(naming: TopicWord[], rest: TopicWord[], part: QuestionPart, ctx: AnswerContext, actors: string[] = [], loose = false, months: number[] = []): Candidate | undefined {
  if (!naming.length) return undefined;
  // (Of the step asked about, who took it: the bodies the question names, else the step's own actor.)
  // ("Kommunstyrelsen har antagit …": a word several bodies' names share, which names none of them alone, still names them.)
  const named = mentionedBodies(part, ctx.facts);
  const asked = named.length ? [...named, ...bodiesNamedIn(ctx.lexicon.analyzer.termSet(ctx.question.text), ctx.facts)] : actors;
  for (const hit of ctx.passages.find(part.topic, SEQUEL_PASSAGES)) {
    const sentences = ctx.passages.sentences(hit.passage);
    for (const s of sentences) {
      // The step is the one the sentence's opening clause names ("När kommunfullmäktige beslutat om sina mål …, ska …"),
      // and a body it names is one the question names: KF's goals are no answer to what follows KS's.
      // (Where the cycle does not hold the step, "X … fastställs sedan i Y" says what becomes of X too.)
      // ("De förtroendevalda arbetar fram förslag … Dessa förslag till mandatmål bereds av kommunstyrelsen …": a sentence that
      // opens by pointing back at what the sentence before made goes on from it, a step the cycle lacks.)
      const told = s.cues.sequel ? ctx.lexicon.analyzer.termSet(openingClause(s.text)) : s.lead ?? (loose ? s.leadThen : undefined);
      const pointedAt = !told && loose && /^(?:dessa|denna|detta)\s/iu.test(s.text) && s.index > 0 ? sentences[s.index - 1] : undefined;
      const step = told ?? (pointedAt ? ctx.lexicon.analyzer.termSet(`${pointedAt.text} ${openingClause(s.text)}`) : undefined);
      // (What it points back at is named in other words than the question's: "De förtroendevalda arbetar fram förslag".)
      if (!step || coverage(naming, step) < (pointedAt ? 0.6 : 0.8)) continue;
      // ("När kommunstyrelsen bereder budget … i maj …" is another step than KF's budget in June.)
      const stepMonths = told ? words(openingClause(s.text)).flatMap((w) => monthNumbers[w] ?? []) : [];
      if (months.length && stepMonths.length && !stepMonths.some((m) => months.includes(m))) continue;
      // (What a sentence points back at is of the month asked only when it says so: "gruppledarna på majmötet" are not at
      // "Två gånger per år … en politikerdag. Dessa dagar …".)
      if (pointedAt && months.length && !pointedAt.cues.months.some((m) => months.includes(m))) continue;
      // (Of a sentence that points back, the step is the one pointed at: "Syftet med dessa möten är att arbeta fram förslag på
      // kommunfullmäktiges mål … Dessa förslag bereds av kommunstyrelsen …" goes on from KF's goals, not from KS's.)
      const stepBodies = bodiesNamedIn(pointedAt?.terms ?? step, ctx.facts);
      if (asked.length && stepBodies.length && !stepBodies.some((b) => asked.includes(b))) continue;
      // (Who is to act next is named in the sentence itself; where the asker works may be named in the next one: "… ska
      // förvaltningen påbörja planering … Varje enhet ska …".)
      const after = sentences[s.index + 1];
      const found = (w: TopicWord) => Math.max(wordMatch(w, s.terms), after && !namesGenericBody(w.word) ? wordMatch(w, after.terms) : 0);
      const total = rest.reduce((n, w) => n + w.weight, 0);
      if (rest.length && rest.reduce((n, w) => n + w.weight * found(w), 0) / total < 0.4) continue;
      // ("… under hösten?": a sequel in another season does not say what happens then.)
      if (part.season && s.cues.months.length && !s.cues.months.some((m) => part.season!.includes(m))) continue;
      // ("Övriga nämnder presenterar sina genomlysningar under budgetberedningen. De … som identifieras genom nämndernas
      // genomlysningar fastställs sedan …": a sentence right before on the same step says where it goes first.)
      const before = sentences[s.index - 1];
      const first = loose && before && !before.cues.listItem && before.paragraph === s.paragraph && coverage(naming, before.terms) >= 0.8 ? `${before.text} ` : '';
      const text = excerpt(s, ctx.passages);
      return sure({ text: cutAtWord((first && !text.includes(before.text) ? first : '') + text, maxAnswer), sources: [ctx.cite(s.passage)], language: 'sv', via: 'passage' }, `next told by ${s.passage.section} #${s.index}`);
    }
  }
  return undefined;
}
