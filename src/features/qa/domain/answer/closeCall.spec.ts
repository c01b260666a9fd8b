import type { Candidate } from './Candidate';
import { closeGap, withCloseRunnerUp } from './closeCall';
import { emptyFeatures } from './features';
import { joinParts } from './joinAnswers';

const candidate = (text: string, score: number, section: string, over: Partial<Candidate> = {}): Candidate => ({
  from: 'sentence', text, sources: [{ document: 'Styrmodell', documentId: 'styrmodell', section, passage: '' }],
  language: 'sv', coverage: 0.6, fit: 1, keyHit: true, score, features: emptyFeatures(), where: `sentence ${section} #0`, via: 'passage', ...over,
});
const best = candidate('Kommunens budget fastställs av kommunfullmäktige årligen.', 10, 'Budget');
const other = 'Inför varje budgetår genomförs en budgetberedning som arbetsutskottet ansvarar för.';

describe('withCloseRunnerUp', () => {
  it('When the runner-up scores within ln 5 of the best and says something else, then both are given, the best first (what the runner-up adds apart), with both sources', () => {
    const both = withCloseRunnerUp([best, candidate(other, 10 - closeGap + 0.1, 'Budgetprocessen')], new Set())!;
    expect([both.text, both.runnerUp?.text]).toEqual([best.text, other]);
    expect(both.sources.map((s) => s.section)).toEqual(['Budget', 'Budgetprocessen']);
  });

  it('When the runner-up scores further below, repeats the best, was given already or is a strategy\'s answer, then the best comes alone', () => {
    expect(withCloseRunnerUp([best, candidate(other, 10 - closeGap - 0.1, 'Budgetprocessen')], new Set())).toBe(best);
    expect(withCloseRunnerUp([best, candidate('Kommunens budget fastställs årligen av kommunfullmäktige.', 9.9, 'Budget 2')], new Set())).toBe(best);
    expect(withCloseRunnerUp([best, candidate(other, 9.9, 'Budgetprocessen')], new Set([other]))).toBe(best);
    expect(withCloseRunnerUp([best, candidate(other, 9.9, 'Budgetprocessen', { from: 'strategy' })], new Set())).toBe(best);
  });

  it('When the runner-up is long (what the question asked is in its first sentence, "Målet innebär …", then more), then it is still given, and the answer cuts it, not the best', () => {
    const long = `${other} ${'Lång text om budgeten och planeringen. '.repeat(20)}`;
    const both = withCloseRunnerUp([best, candidate(long, 9.9, 'Budgetprocessen')], new Set())!;
    expect(both.runnerUp?.text).toBe(long.trim());
    const text = joinParts([both], [both.text], () => false, false, 800);
    expect(text.startsWith(`${best.text}\n\n${other}`)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(800);
  });

  it('When the best does not hold what the kind of question asks for (no decider) and a runner-up among the next three does, then that one is given too though further behind, up to ln 20', () => {
    const unfit = candidate('Respektive verksamhet tar fram och fastställer sin verksamhetsplan.', 10, 'Verksamhetsplan', { fit: 0.8 });
    const decider = 'Planerna på enhetsnivå fastställs av närmast ansvarig chef.';
    const runners = [candidate(other, 10 - closeGap - 0.2, 'Budgetprocessen', { fit: 0.6 }), candidate(decider, 10 - closeGap - 0.3, 'Planer')];
    expect(withCloseRunnerUp([unfit, ...runners], new Set())!.runnerUp?.text).toBe(decider);
    expect(withCloseRunnerUp([unfit, runners[0], candidate(decider, 10 - Math.log(20) - 0.1, 'Planer')], new Set())).toBe(unfit);
    expect(withCloseRunnerUp([{ ...unfit, fit: 1 }, ...runners], new Set())!.runnerUp).toBeUndefined();
  });

  it('When the model is sure of the best, then a runner-up is given only when the two are as likely (within ln 1.25), and no further-behind fitting one', () => {
    expect(withCloseRunnerUp([best, candidate(other, 9.9, 'Budgetprocessen')], new Set(), true)!.runnerUp?.text).toBe(other);
    expect(withCloseRunnerUp([best, candidate(other, 9.7, 'Budgetprocessen')], new Set(), true)).toBe(best);
    const unfit = { ...best, fit: 0.8 };
    expect(withCloseRunnerUp([unfit, candidate(other, 9.5, 'Budgetprocessen')], new Set(), true)).toBe(unfit);
  });

  it('When the runner-up says what the best says of another month or figure ("Politikerdag (maj)" beside "Politikerdag (november)"), then it is something else and given', () => {
    const november = candidate('Politikerdag (november): Presidierna kallar alla ledamöter och ersättare till en politikerdag där förutsättningar presenteras.', 10, 'Planering');
    const may = 'Politikerdag (maj): Presidierna kallar alla ledamöter och ersättare till en politikerdag där förutsättningar presenteras.';
    expect(withCloseRunnerUp([november, candidate(may, 9.95, 'Planering')], new Set(), true)!.runnerUp?.text).toBe(may);
    expect(withCloseRunnerUp([november, candidate(may.replace('maj', 'november'), 9.95, 'Planering')], new Set(), true)).toBe(november);
  });
});
