import type { QuestionPart } from '../question/analyzeQuestion';
import type { FactEntry } from '../retrieval/FactIndex';
import type { SentenceCues } from '../retrieval/sentenceCues';
import type { QuestionKind } from '../question/QuestionKind';

/** How well a sentence of deciding fits "who decides" when the body it names does not stand as who decides. */
const DECIDER_ELSEWHERE = 0.8;

/** The coverage of what says what the asked term is: a sentence that opens so, or the term's own glossary entry. */
export const DEFINES_COVERAGE = 0.9;

/**
 * How well a sentence holds what a kind of question asks for (0–1): a "vem beslutar" answer names a
 * body and a decision, a "när" answer a month, a frequency or a year, a "hur många" answer a number …
 */
export function sentenceFit(kind: QuestionKind, c: SentenceCues, wants?: QuestionPart['wants'], asked: string[] = []): number {
  switch (kind) {
    case 'decides':
      // (A body named elsewhere in the sentence is not who decides: "… fastställer sin plan med utgångspunkt i förvaltningens …".)
      return c.decision && c.decider ? 1 : c.decision && c.body ? DECIDER_ELSEWHERE : c.decision ? 0.6 : c.body ? 0.5 : 0;
    // (Who prepares may be named only as the doer of a passive verb, under a heading that names the preparation:
    // "Beredning av mål- och budget" – "Processen leds av en … budgetberedning".)
    case 'prepares':
      // (A noun of preparing names no preparer: "… kallar presidierna partierna för beredning av målen".)
      return c.prepare && c.body ? (c.prepareVerb ? 1 : 0.6) : c.headingPrepare && c.agent ? 0.8 : c.prepare ? 0.6 : c.body ? 0.4 : 0;
    case 'who':
      return c.body ? 1 : 0.2;
    case 'when':
      // A time in the past ("när började man …") is a year or a day; a month alone says when it recurs.
      // (A year the question names itself, "under 2025", does not say when.)
      if (wants === 'year') return c.years.some((y) => !asked.includes(y)) || c.day ? 1 : c.months.length ? 0.7 : 0.1;
      return c.months.length ? 1 : c.headingMonths.length ? 0.9 : c.frequency || c.dated || c.anchored ? 0.7 : 0.1;
    case 'howmany':
      return c.numbers.length ? 1 : 0;
    case 'howoften':
      return c.frequency ? 1 : c.numbers.length ? 0.4 : 0;
    // (How the document itself is laid out lists its chapters, not what the question asks for.)
    case 'contents':
      return c.outline ? 0.4 : c.listIntro || c.listItem || c.contents || c.enumerates ? 1 : 0.4;
    case 'list':
      return c.outline ? 0.4 : c.listIntro || c.listItem || c.enumerates || c.exampledNext ? 1 : 0.4;
    case 'define':
      return c.definition ? 1 : c.opensTerm ? 0.8 : 0.4;
    case 'reason':
      return c.reason || c.explainedNext ? 1 : c.opensTerm ? 0.45 : 0.3;
    case 'next':
      return c.sequel ? 1 : 0.6;
    case 'yesno':
      return c.negation ? 0.8 : 0.6;
    default:
      // "Hur följs målet upp?": a sentence saying by what means ("… sker genom …") holds it.
      return wants === 'manner' && c.manner ? 0.8 : 0.6;
  }
}

/** How well a step of the cycle that prepares nothing ("Gruppledarmöten …") answers who prepares. */
const EVENT_NOT_PREPARING = 0.2;

/** How well a structured fact answers a kind of question (0–1). */
export function factFit(kind: QuestionKind, e: FactEntry): number {
  switch (e.kind) {
    case 'decision':
      return ({ decides: 1, prepares: e.fact.preparedBy.length ? 1 : 0.3, when: e.fact.months.length || e.fact.when ? 1 : 0.3, who: 1, bodyDecisions: 1, reason: 0.2 } as Partial<Record<QuestionKind, number>>)[kind] ?? 0.5;
    case 'event':
      return ({ when: 1, next: 1, decides: e.fact.actor.length ? 0.7 : 0.3, prepares: e.preparerTerms.all.size ? 1 : EVENT_NOT_PREPARING, who: 0.7, reason: 0.2 } as Partial<Record<QuestionKind, number>>)[kind] ?? 0.5;
    case 'glossary':
      return ({ define: 1, other: 0.7, reason: 0.5, yesno: 0.5 } as Partial<Record<QuestionKind, number>>)[kind] ?? 0.4;
    case 'documentType':
      return ({ contents: e.fact.contents.length ? 1 : 0, define: 0.9, decides: e.fact.decidedBy.length ? 0.9 : 0.2, other: 0.6 } as Partial<Record<QuestionKind, number>>)[kind] ?? 0.4;
    case 'period':
      return ({ when: 1, define: 0.9, other: 0.6 } as Partial<Record<QuestionKind, number>>)[kind] ?? 0.4;
    case 'body':
      return ({ define: 0.9, who: 0.7, other: 0.6 } as Partial<Record<QuestionKind, number>>)[kind] ?? 0.3;
    case 'periodList':
    case 'documentTypeList':
    case 'riskList':
      return ({ list: 1, howmany: 0.6, other: 0.6 } as Partial<Record<QuestionKind, number>>)[kind] ?? 0.3;
  }
}
