import type { CycleEvent } from '../../../../kernel/knowledge/packSchema';
import { splitSentences } from '../../../../kernel/knowledge/sentences';
import type { Candidate } from '../answer/Candidate';
import type { TermSet } from '../lexicon/Analyzer';
import type { QuestionPart } from '../question/analyzeQuestion';
import { hasCue } from '../question/cues';
import { wordMatch } from '../question/TopicWord';
import { fateCues } from '../question/vocabularyOfQuestions';
import type { AnswerContext } from './Strategy';

/** A sentence that says where a step's result goes on to ("Beslutet rapporteras till kommunstyrelsen och vidare till …"). */
const onwardRoute = /(?<!\p{L})(?:rapporteras|skickas|lämnas|överlämnas|tillsänds|vidare) till(?!\p{L})/iu;
/** What a step says happens in a case it names ("… i så fall revideras de …", "Om så är fallet …", "Vid behov …"). */
const ifSoCue = /(?<!\p{L})(?:i så fall|om så är fallet|vid behov)(?!\p{L})/iu;

/** A clause of a step that says what follows within it ("den bryts sedan ner …"). */
const withinCue = /(?<!\p{L})(?:sedan|därefter|därpå|thereafter|then)(?!\p{L})/iu;

/** The step a "what next" question stands at: its cycle entry, if it has one, and the terms of its name. */
type Step = { event?: CycleEvent; terms: TermSet };

/**
 * What a step done leads to, said before the steps that follow it:
 * - what the step itself says follows it ("…; den bryts sedan ner till planer för varje medarbetare");
 * - in the case the question supposes ("Om gruppledarna i maj kommer fram till att målen behöver ändras – vad händer
 *   då?"), what the step says happens then ("…; i så fall revideras de när budgeten antas i juni");
 * - asked what becomes of it ("Vad händer med beslutet sen?", "Vart tar beslutet vägen?"), where its result goes: said in
 *   its own entry, or else in a paragraph of the pack's text that names the step ("Budget- och årsplan beslutas av
 *   respektive nämnd … Beslutet rapporteras till kommunstyrelsen och vidare till kommunfullmäktige."), then cited.
 */
export function stepAftermath(step: Step, part: QuestionPart, ctx: AnswerContext): { text: string; source?: Candidate['sources'][number] } | undefined {
  const action = step.event ? splitSentences(step.event.action) : [];
  // (A sentence or a clause that opens with "om"/"if", also as typed in chat without a capital: "… mandatmål. om vi kommer …")
  const supposes = /(?:^|[.!?,;:–]\s*)(?:om|if)\s/iu.test(ctx.question.text);
  const ifSo = supposes ? action.find((x) => ifSoCue.test(x)) ?? ifSoAfter(action, part, ctx) : undefined;
  if (ifSo) return { text: ifSo };
  // "… fastställer sin verksamhetsplan; den bryts sedan ner till planer för varje medarbetare …": what the step itself
  // says follows it (a later clause of its own, "sedan", "därefter").
  const clauses = action.flatMap((x) => x.split(/;\s+/));
  const within = clauses.slice(1).find((x) => withinCue.test(x));
  if (within) return { text: `${within.charAt(0).toUpperCase()}${within.slice(1)}`.replace(/(?<![.!?])$/, '.') };
  if (!hasCue(part.words, fateCues)) return undefined;
  const own = action.find((x) => onwardRoute.test(x));
  return own ? { text: own } : onwardInText(step, part, ctx);
}

/**
 * What the documents say happens in a case, right after the sentence a step was drawn from ("I maj kallas samma grupp för
 * att diskutera kommunfullmäktiges mål … Vid behov föreslår gruppen dessa mål revideras i samband med … budget i juni."),
 * when the step's own entry ends before it.
 */
function ifSoAfter(action: string[], part: QuestionPart, ctx: AnswerContext): string | undefined {
  const last = action.at(-1);
  if (!last) return undefined;
  for (const hit of ctx.passages.find(part.topic, 3)) {
    const all = ctx.passages.sentences(hit.passage);
    const at = all.findIndex((x) => x.text === last);
    const next = at >= 0 ? all[at + 1] : undefined;
    if (next && next.paragraph === all[at].paragraph && ifSoCue.test(next.text)) return next.text;
  }
  return undefined;
}

/** Where a step's result goes, from the paragraph of the pack's text that names the step: the sentence naming it and the one saying where. */
function onwardInText(step: Step, part: QuestionPart, ctx: AnswerContext): { text: string; source: Candidate['sources'][number] } | undefined {
  const naming = part.topic.filter((w) => wordMatch(w, step.terms) >= 0.7);
  if (!naming.length) return undefined;
  for (const hit of ctx.passages.find(part.topic, 3)) {
    const all = ctx.passages.sentences(hit.passage);
    for (const s of all.filter((x) => onwardRoute.test(x.text))) {
      const names = all.find((x) => x.paragraph === s.paragraph && x.index <= s.index && naming.every((w) => wordMatch(w, x.terms) >= 0.7));
      if (names) return { text: names === s ? s.text : `${names.text} ${s.text}`, source: ctx.cite(hit.passage) };
    }
  }
  return undefined;
}
