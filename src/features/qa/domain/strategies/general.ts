import { scoreOf, type Candidate } from '../answer/Candidate';
import { scoreFacts, type ScoredFact } from '../answer/scoreFacts';
import { scoreSentences } from '../answer/scoreSentences';
import type { QuestionPart } from '../question/analyzeQuestion';
import { wordMatch } from '../question/TopicWord';
import { decidersOf, suits, type FactEntry } from '../retrieval/FactIndex';
import { excerpt } from './excerpt';
import { factCandidate } from './factCandidate';
import type { AnswerContext, Strategy } from './Strategy';

/** A curated fact says in one line what a passage says in many: it wins a tie. */
const factPrior = 0.03;

/**
 * Ids of the bodies a question names wholly ("KF", "nämnden", "kommunstyrelsen"), by words that name one
 * body only ("styrelsen", a term of several bodies, names none).
 */
function mentionedBodies(part: QuestionPart, facts: FactEntry[]): string[] {
  const bodies = facts.filter((f): f is Extract<FactEntry, { kind: 'body' }> => f.kind === 'body');
  const shared = (stem: string) => bodies.filter((b) => b.nameTerms.whole.has(stem)).length > 1;
  return [
    ...new Set(
      part.topic.flatMap((w) => {
        const specific = { ...w, alternatives: w.alternatives.filter((a) => !shared(a.stem)) };
        return shared(w.stem) ? [] : bodies.filter((b) => wordMatch(specific, b.nameTerms) === 1).map((b) => b.fact.id);
      }),
    ),
  ];
}

/**
 * The facts to give together: the best one, the facts of its kind that fit just as well
 * ("politikerdagarna": one in May, one in November), or one per body the question names
 * ("när beslutas den i nämnden och i KF?").
 */
function together(best: ScoredFact, scored: ScoredFact[], part: QuestionPart, facts: FactEntry[]): ScoredFact[] {
  const twin = (f: ScoredFact) => f.entry.kind === best.entry.kind && f.score >= best.score - 0.02 && f.nameCoverage >= 0.7 && f.nameCoverage === best.nameCoverage && f.specificity === best.specificity;
  const byBody = [...new Set(mentionedBodies(part, facts).map((b) => scored.find((f) => f.entry.kind === best.entry.kind && f.score >= best.score - 0.35 && decidersOf(f.entry).includes(b))).filter((f): f is ScoredFact => Boolean(f)))];
  if (byBody.length >= 2) return byBody.slice(0, 3);
  return [best, ...scored.filter((f) => f !== best && twin(f))].slice(0, 3);
}

/** Structured facts and the sentences of the best passages, ranked on one scale. */
export const generalStrategy: Strategy = {
  kinds: [],
  candidates(part: QuestionPart, ctx: AnswerContext): Candidate[] {
    const scored = scoreFacts(part, ctx.question.english, ctx.facts).filter((f) => suits(f.entry, part.kind));
    // "Vad menas med grunduppdrag egentligen?": the term right after "vad är" is what is asked.
    if (part.kind === 'define' && part.topic[0]) {
      for (const f of scored) {
        if (['glossary', 'body', 'documentType', 'period'].includes(f.entry.kind) && wordMatch(part.topic[0], f.entry.nameTerms) === 1 && f.specificity >= 0.5) f.score += 0.1;
      }
      scored.sort((a, b) => b.score - a.score);
    }
    const facts = scored.slice(0, 3).map((f, i) => {
      const candidate = factCandidate(ctx, i === 0 ? together(f, scored, part, ctx.facts) : [f], part.kind);
      return { ...candidate, score: candidate.score + factPrior };
    });
    const hits = ctx.passages.find(part.topic, 5);
    const sentences = scoreSentences(part, hits, ctx.passages).slice(0, 4).map((s): Candidate => ({
      from: 'sentence',
      text: excerpt(s.sentence, ctx.passages),
      sources: [ctx.cite(s.sentence.passage)],
      language: 'sv',
      coverage: s.coverage,
      fit: s.fit,
      keyHit: s.keyHit,
      score: s.score,
      where: `sentence ${s.sentence.passage.section} #${s.sentence.index} (passage rank ${s.hit.rank})`,
      via: 'passage',
    }));
    // A list asked for by a section whose sub-sections are its items ("Vilka perspektiv finns?").
    const listed: Candidate[] = part.kind === 'list' || part.kind === 'contents'
      ? hits.slice(0, 3).flatMap((hit) => {
          const children = hit.headingCoverage >= 0.6 ? ctx.passages.children(hit.passage) : [];
          if (children.length < 2) return [];
          const opening = ctx.passages.sentences(hit.passage)[0]?.text ?? hit.passage.section;
          return [{ from: 'sentence', text: `${opening} ${children.join('; ')}.`, sources: [ctx.cite(hit.passage)], language: 'sv', coverage: hit.coverage, fit: 1, keyHit: true, score: scoreOf(hit.coverage, 1), where: `sub-sections of ${hit.passage.section}`, via: 'passage' } satisfies Candidate];
        })
      : [];
    return [...facts, ...sentences, ...listed].sort((a, b) => b.score - a.score);
  },
};
