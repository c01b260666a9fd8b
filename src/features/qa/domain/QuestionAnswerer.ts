import type { KnowledgePack } from '../../../kernel/knowledge/loadPack';
import type { Passage } from '../../../kernel/knowledge/splitPassages';
import type { Answer } from './Answer';
import type { Candidate } from './answer/Candidate';
import { withCloseRunnerUp } from './answer/closeCall';
import { joinParts } from './answer/joinAnswers';
import { inYearOrder } from './answer/yearOrder';
import { OutOfScope, saysOutOfScope } from './answer/outOfScope';
import { namesSomething } from './answer/properNames';
import { decide, type Decision } from './answer/decide';
import { Analyzer } from './lexicon/Analyzer';
import { Lexicon } from './lexicon/Lexicon';
import { words } from './lexicon/normalize';
import { stem } from './lexicon/stem';
import { Vocabulary } from './lexicon/Vocabulary';
import { analyzeQuestion, type AnalyzedQuestion, type QuestionPart } from './question/analyzeQuestion';
import { askedOfStep } from './question/askedOfStep';
import { narrowPart } from './question/narrowPart';
import { buildFactIndex, type FactEntry } from './retrieval/FactIndex';
import { PassageIndex } from './retrieval/PassageIndex';
import { cite, uniqueSources } from './sources';
import { generalStrategy, strategies } from './strategies';
import type { AnswerContext } from './strategies/Strategy';
import { smallTalkAnswer } from './smallTalk';
import { suggestionsFrom } from './suggestions';
import { clip, englishLeadRoom, maxAnswer, unknownAnswer } from './unknownAnswer';
import { saidAgain } from './answer/saidAgain';
import { partsAnswered } from './answer/partsAnswered';
import { STEP_REACH, stepAsked } from './answer/stepAsked';
import { partTrace, type PartTrace } from './partTrace';

export type { PartTrace } from './partTrace';

/** How near the best a quotation must come to go before it when a wording is asked for (share of its coverage). */
const quoteCloseness = 0.9;
/** The candidates with `c`, if any, first. */
const firstOf = (c: Candidate | undefined, candidates: Candidate[]) => (c ? [c, ...candidates.filter((x) => x !== c)] : candidates);

/**
 * Answers governance questions for one kommun from its knowledge pack. It only classifies, picks and
 * ranks: each part of the question goes to the strategy of its kind (strategies/), whose candidates —
 * structured facts and passage sentences on one scale — are ranked; the best is answered if it is sure
 * enough, answered as unsure with other questions it may mean, or refused honestly.
 */
export class QuestionAnswerer {
  private readonly lexicon: Lexicon;
  private readonly facts: FactEntry[];
  private readonly passages: PassageIndex;
  private readonly ownName: Set<string>;
  private readonly outOfScope: OutOfScope;

  constructor(readonly pack: KnowledgePack) {
    const factTexts = JSON.stringify([pack.bodies, pack.decisions, pack.events, pack.periods, pack.documentTypes, pack.glossary, pack.risks]);
    const analyzer = new Analyzer([...pack.passages.map((p) => `${p.section} ${p.text}`), factTexts]);
    const vocabulary = new Vocabulary(analyzer);
    for (const p of pack.passages) vocabulary.add(`${p.section} ${p.text}`);
    this.facts = buildFactIndex(pack, analyzer);
    for (const f of this.facts) vocabulary.add([...f.nameTerms.all, ...f.textTerms.all].join(' '), f.writtenNames.join(' \n '));
    this.lexicon = new Lexicon(pack, analyzer, vocabulary);
    const superseded = new Set(pack.documents.filter((d) => d.supersededBy).map((d) => d.id));
    const bodyNames = new Set(pack.bodies.flatMap((b) => words([b.name, ...b.abbreviations].join(' '))));
    this.passages = new PassageIndex(pack.passages, analyzer, bodyNames, (p) => (superseded.has(p.document) ? 0.8 : 1), (p) => pack.documentById.get(p.document)?.title ?? '');
    this.ownName = new Set(words(`${pack.name} ${pack.shortName} ${pack.kommun}`).flatMap((w) => [w, stem(w)]));
    this.outOfScope = new OutOfScope(pack.passages, this.passages, analyzer);
  }

  answer(text: string): Answer {
    return this.explain(text).answer;
  }

  /** The answer and how it was reached: each part's kind, topic, strategy, best candidates and decision. */
  explain(text: string): { answer: Answer; trace: PartTrace[] } {
    const question = analyzeQuestion(text, this.lexicon);
    if (question.parts.length === 1 && question.parts[0].kind === 'smalltalk') return { answer: smallTalkAnswer(this.pack, question.parts[0].words, question.english), trace: [] };
    const ctx = this.contextFor(question);
    // A later part does not repeat an earlier part's answer ("När antogs visionen, och när började man ta fram den?").
    const given = new Set<string>();
    // A later part that points back may ask of the step the first part's answer names (askedOfStep.ts).
    let step: string | undefined;
    const results = question.parts.map((part, i) => {
      const r = this.answerPart(askedOfStep(part, step, this.lexicon), ctx, given);
      if (r.best && r.decision.outcome !== 'refuse') given.add(r.best.text);
      if (i === 0 && r.decision.outcome !== 'refuse') step = r.best?.step;
      return r;
    });
    const answered = partsAnswered(results, question.parts);
    const trace = results.map((r) => r.trace);
    if (!answered.length) {
      const why = results.map((r) => r.decision).find((d) => d.outcome === 'refuse' && d.reason);
      const [reason, sources] = why?.outcome === 'refuse' ? [why.reason, why.sources ?? []] : [undefined, []];
      const suggestions = suggestionsFrom(results.flatMap((r) => r.candidates), (w) => this.factAt(w), text);
      return { answer: { ...unknownAnswer(this.pack, question.english, reason), sources, suggestions }, trace };
    }
    // "Vad kommer först – X eller Y?": the two steps in the year's order, led by "Först:" and "Sedan:".
    const ordered = question.ordered ? inYearOrder(answered) : undefined;
    const inOrder = ordered ?? answered;
    const bests = (ordered ? inOrder : inOrder.filter((r) => !r.repeats || inOrder.every((o) => o.repeats))).map((r) => r.best!).filter((b, i, all) => all.findIndex((x) => x.text === b.text) === i);
    const heads = bests.map((b) => b.text);
    if (ordered) [heads[0], heads[1]] = question.english ? [`First: ${heads[0]}`, `Then: ${heads[1]}`] : [`Först: ${heads[0]}`, `Sedan: ${heads[1]}`];
    const unsure = answered.some((r) => r.decision.outcome === 'unsure');
    const first = answered[0].best!;
    const sureOf = (b: Candidate) => inOrder.some((r) => r.best === b && r.decision.outcome === 'sure');
    const answer: Answer = {
      answered: true,
      text: clip(joinParts(bests, heads, sureOf, question.english, maxAnswer - (question.english ? englishLeadRoom : 0))),
      sources: uniqueSources(inOrder.flatMap((r) => r.best!.sources)),
      language: answered.every((r) => r.best!.language === 'en') ? 'en' : first.language === 'en' && question.english ? 'en' : 'sv',
      via: first.via,
      confidence: Math.min(...answered.map((r) => r.decision.confidence)),
      certainty: unsure ? 'unsure' : 'sure',
      suggestions: unsure ? suggestionsFrom(answered.flatMap((r) => r.candidates.slice(1)), (w) => this.factAt(w), text) : [],
    };
    if (question.english && answer.language === 'sv') answer.text = clip(`${answered.some((r) => r.best!.from === 'sentence') ? 'From the Swedish source text:' : '(Only in Swedish:)'} ${answer.text}`);
    return { answer, trace };
  }

  private answerPart(part: QuestionPart, ctx: AnswerContext, given: Set<string>): { best?: Candidate; candidates: Candidate[]; decision: Decision; trace: PartTrace; repeats: boolean } {
    this.narrow(part, ctx.question.english);
    const strategy = strategies.get(part.kind);
    let candidates = strategy?.candidates(part, ctx) ?? [];
    let used = strategy && candidates.length ? part.kind : 'general';
    if (!candidates.length) candidates = generalStrategy.candidates(part, ctx);
    if (!strategy) used = 'general';
    const again = saidAgain(given, this.lexicon.analyzer);
    const unfiltered = candidates;
    if (candidates[0] && again(candidates[0].text) && candidates.some((c) => !again(c.text))) candidates = candidates.filter((c) => !again(c.text));
    // The very wording asked for ("hur lyder visionen?"), or the kommun's own term ("Vad är Ånges vision?"): a quotation
    // nearly as good goes before what is not one.
    const quotes = (c: Candidate) => /[”"«]/.test(c.text);
    const quoting = (part.wording || part.ownsTerm) && candidates[0] && !quotes(candidates[0]) ? candidates.find((c) => quotes(c) && c.coverage >= candidates[0].coverage * quoteCloseness) : undefined;
    candidates = firstOf(quoting, candidates);
    // A month or a day asked of a step or document the pack names is that step's: a candidate of it goes first, and an answer
    // that names it nowhere gives another step's month (answer/stepAsked.ts).
    const namesStep = stepAsked(part, this.facts, this.lexicon.analyzer);
    const ofStep = namesStep && !namesStep.loose && candidates[0] && !namesStep(candidates[0]) ? candidates.slice(1, STEP_REACH).find(namesStep) : undefined;
    candidates = firstOf(ofStep, candidates);
    const decideOn = (cs: Candidate[]) => decide(cs, part, { english: ctx.question.english, parts: ctx.question.parts.length, fromStrategy: used !== 'general', namesSomething: (text) => namesSomething(text, this.ownName), namesStep });
    let decision = decideOn(candidates);
    // What an earlier part's answer already says answers this part too ("…beskriver revisorernas uppdrag. Vilka områden
    // ska revisorerna granska?"): when nothing else does, the part is answered by it and adds no text of its own.
    let repeats = false;
    if (decision.outcome === 'refuse' && unfiltered !== candidates) {
      const before = decideOn(unfiltered);
      if (before.outcome !== 'refuse') [candidates, decision, repeats] = [unfiltered, before, true];
    }
    // A question of something the model leaves out is not answered by what the model says of others, unless the answer is that it leaves it out.
    const left = decision.outcome !== 'refuse' && candidates[0] && !saysOutOfScope(candidates[0].text) ? this.outOfScope.named(part.topic) : undefined;
    if (left) decision = { outcome: 'refuse', confidence: 0, reason: ctx.question.english ? `the governance model does not govern ${left.word}: “${left.sentence}”` : `styrmodellen gäller inte ${left.word}: ”${left.sentence}”`, sources: [ctx.cite(left.passage)] };
    // A runner-up the ranker can hardly tell from the best is given with it, in every part (the parts share the answer's
    // room, those the model is sure of first); beside a sure answer only one as likely, and none when one month or name is asked.
    const best = decision.outcome === 'refuse' || (decision.outcome === 'sure' && part.wants) ? candidates[0] : withCloseRunnerUp(candidates, given, decision.outcome === 'sure');
    const trace = partTrace(part, used, candidates, decision);
    return { best, candidates, decision, trace, repeats };
  }

  /**
   * Every candidate the general strategy finds for each part the kind strategies leave to it, with its
   * features: what the ranker is trained on (scripts/qa/trainRanker.ts).
   */
  candidatesFor(text: string): { kind: string; candidates: Candidate[] }[] {
    const question = analyzeQuestion(text, this.lexicon);
    const ctx = this.contextFor(question, true);
    return question.parts.flatMap((part) => {
      this.narrow(part, question.english);
      if (part.kind === 'smalltalk' || strategies.get(part.kind)?.candidates(part, ctx).length) return [];
      return [{ kind: part.kind, candidates: generalStrategy.candidates(part, ctx) }];
    });
  }

  /** What the strategies read while answering a question (`wide`: every candidate, for training the ranker). */
  private contextFor(question: AnalyzedQuestion, wide = false): AnswerContext {
    return { pack: this.pack, lexicon: this.lexicon, facts: this.facts, passages: this.passages, question, cite: (ref) => cite(this.pack, ref), narrow: (part) => this.narrow(part, question.english), ...(wide ? { wide } : {}) };
  }

  /** The topic without the kommun's own name; for an English question, only the words the pack knows (narrowPart.ts). */
  private narrow(part: QuestionPart, english: boolean): void {
    narrowPart(part, english, this.ownName, this.facts);
  }

  /** The passages retrieval ranks highest for each part of a question (for `qa:diagnose`). */
  retrieve(text: string, limit = 10): Passage[][] {
    return analyzeQuestion(text, this.lexicon).parts.map((part) => this.passages.find(part.topic, limit).map((h) => h.passage));
  }

  /** The fact a candidate came from (for its own questions in "Menade du …"). */
  private factAt(where: string): FactEntry | undefined {
    const m = /^fact (\w+):(\S+)/.exec(where);
    return m ? this.facts.find((f) => f.kind === m[1] && f.id === m[2]) : undefined;
  }
}
