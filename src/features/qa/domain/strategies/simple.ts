import { sure, type Candidate } from '../answer/Candidate';
import { scoreFacts } from '../answer/scoreFacts';
import { answerBodyDecisions, answerCycle, answerMonth, answerRoles } from '../render/renderCycle';
import type { Strategy } from './Strategy';
import { wordMatch, type TopicWord } from '../question/TopicWord';

/** "Vem är ordförande i KS?": a governance model names roles, never the people who hold them. */
export const personStrategy: Strategy = {
  kinds: ['person'],
  candidates: (_part, ctx) => [
    { ...sure({ text: '', sources: [], language: 'sv', via: 'fact' }, 'person'), refusal: ctx.question.english ? 'The governance model names roles, not people or parties.' : 'Styrmodellen anger roller, inte vilka personer eller partier som har dem.' },
  ],
};

/** "Vem gör vad?": politics decides what and when, the administration how and by whom. */
export const rolesStrategy: Strategy = {
  kinds: ['roles'],
  candidates: (_part, ctx) => (ctx.pack.roleOverview ? [sure(answerRoles(ctx.pack.roleOverview, ctx.question.english, ctx.cite), 'role overview')] : []),
};

/** "Vad händer i oktober?": the annual cycle's steps of a month (unless the question names a topic too). */
export const monthStrategy: Strategy = {
  kinds: ['month'],
  candidates: (part, ctx) => {
    // A word that names a step of the year ("Vad händer på budgetdagen i april?") asks of that step, not of the month.
    // (A step's name is short; a long title read from a sentence names what it is about, "vid valår utformar …".)
    const titles = ctx.facts.flatMap((f) => (f.kind === 'event' && f.fact.title.split(/\s+/).length <= 4 ? [f.nameLists[0] ?? []] : []));
    // A body is who acts in the month ("Vad ska nämnden göra i september?"), though steps name it too ("Beslut årsrapport nämnder").
    const bodies = ctx.facts.filter((f) => f.kind === 'body');
    const namesBody = (w: TopicWord) => bodies.some((b) => wordMatch(w, b.nameTerms) === 1);
    const namesStep = part.topic.some((w) => !namesBody(w) && titles.some((title) => title.includes(w.stem)));
    return part.month && part.topic.length <= 1 && !namesStep && ctx.pack.events.length ? [sure(answerMonth(ctx.pack, part.month, ctx.question.english, ctx.cite), `month ${part.month}`)] : [];
  },
};

/** "Årshjulet": the year's steps, month by month. */
export const cycleStrategy: Strategy = {
  kinds: ['cycle'],
  candidates: (part, ctx) => (part.topic.length <= 1 && ctx.pack.events.length ? [sure(answerCycle(ctx.pack, ctx.question.english, ctx.cite), 'annual cycle')] : []),
};

/** "Vad beslutar kommunfullmäktige om (i juni)?": the decisions the pack gives one body. */
export const bodyDecisionsStrategy: Strategy = {
  kinds: ['bodyDecisions'],
  candidates(part, ctx): Candidate[] {
    const [best] = scoreFacts(part, ctx.question.english, ctx.facts.filter((f) => f.kind === 'body'));
    if (!best || best.nameCoverage < 0.9 || best.entry.kind !== 'body') return [];
    return [sure(answerBodyDecisions(ctx.pack, best.entry.fact, part.month, ctx.question.english, ctx.cite), `decisions of ${best.entry.fact.id}`)];
  },
};
