import { readFileSync } from 'node:fs';
import type { QuestionPart } from '../question/analyzeQuestion';
import type { Candidate } from './Candidate';
import { decide } from './decide';
import { decisionFeatureNames, decisionFile, useDecisionModel, type DecisionModel } from './decisionModel';
import { emptyFeatures } from './features';

const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  from: 'sentence', text: 'Budgeten beslutas av kommunfullmäktige i juni.', sources: [{ document: 'Styrmodell', documentId: 'styrmodell', section: 'Budget', passage: '' }],
  language: 'sv', coverage: 0.8, fit: 1, keyHit: true, score: 5, features: { ...emptyFeatures(), coverage: 0.8, ownCoverage: 0.8, fit: 1, passageRank: 1 }, where: 'sentence Budget #0', via: 'passage', ...over,
});
const part = (knownShare: number): QuestionPart => ({ kind: 'decides', words: ['vem', 'beslutar', 'om', 'budgeten'], topic: [], knownShare });
const ctx = { english: false, parts: 1, fromStrategy: false };
/** A model whose probability is the sigmoid of `bias` alone. */
const model = (bias: number, gate = { sv: 0.5, en: 0.35 }): DecisionModel => ({ weights: { bias }, thresholds: { sure: 0.8, unsure: 0.4 }, gate });

describe('decide', () => {
  afterAll(() => useDecisionModel(JSON.parse(readFileSync(decisionFile, 'utf8'))));

  it('When the fitted probability is above the sure threshold, then it answers as sure', () => {
    useDecisionModel(model(3));
    expect(decide([candidate()], part(1), ctx).outcome).toBe('sure');
  });

  it('When several things are asked for ("Vilka utskott har KS?") and the best answer names one thing, then the model does not list them', () => {
    useDecisionModel(model(3));
    const list = (words: string[]): QuestionPart => ({ kind: 'list', words, topic: [], knownShare: 1 });
    const one = candidate({ text: 'Från juni till september bryter ordförande för respektive utskott ner kommunstyrelsens mål i förslag till verksamhetsplaner.' });
    expect(decide([one], list(['vilka', 'utskott', 'har', 'ks']), ctx)).toMatchObject({ outcome: 'refuse', reason: 'Styrmodellen räknar inte upp dem.' });
    expect(decide([one], list(['vilket', 'utskott', 'bryter', 'ner', 'malen']), ctx).outcome).toBe('sure');
    const two = candidate({ text: 'Kommunstyrelsen har ett arbetsutskott och ett personalutskott.' });
    expect(decide([two], list(['vilka', 'utskott', 'har', 'ks']), ctx).outcome).toBe('sure');
  });

  it('When a month is asked of one thing ("I vilken månad fastställer fullmäktige årsredovisningen?"), then a month said of another thing beside it in the answer does not answer', () => {
    useDecisionModel(model(3));
    const topic = [{ word: 'arsredovisningen', stem: 'arsredovisning', parts: [], alternatives: [], weight: 3, known: true, familiarity: 1 }, { word: 'fullmaktige', stem: 'fullmakt', parts: [], alternatives: [], weight: 1.5, known: true, familiarity: 1 }];
    const monthOf: QuestionPart = { kind: 'when', wants: 'month', words: ['i', 'vilken', 'manad', 'faststaller', 'fullmaktige', 'arsredovisningen'], topic, knownShare: 1 };
    const beside = candidate({ text: 'Delårsrapport per augusti ska tillsändas kommunfullmäktige i oktober. Årsredovisning upprättas per 31 december med analys och utvärdering av budget.' });
    expect(decide([beside], monthOf, ctx)).toMatchObject({ outcome: 'refuse', reason: 'Styrmodellen anger inte vilken månad.' });
    const own = candidate({ text: 'Delårsrapport per augusti ska tillsändas kommunfullmäktige i oktober. Årsredovisningen fastställs av fullmäktige i april.' });
    expect(decide([own], monthOf, ctx).outcome).toBe('sure');
  });

  it('When the probability is between the thresholds, then it answers marked as unsure', () => {
    useDecisionModel(model(0));
    expect(decide([candidate()], part(1), ctx)).toMatchObject({ outcome: 'unsure', confidence: 0.5 });
  });

  it('When the probability is below the unsure threshold, then it refuses', () => {
    useDecisionModel(model(-3));
    expect(decide([candidate()], part(1), ctx).outcome).toBe('refuse');
  });

  it('When the pack knows too little of the topic (below the fitted gate), then it refuses however sure the model is', () => {
    useDecisionModel(model(3, { sv: 0.5, en: 0.35 }));
    expect(decide([candidate()], part(0.4), ctx).outcome).toBe('refuse');
    expect(decide([candidate()], part(0.4), { ...ctx, english: true }).outcome).toBe('sure');
  });

  it('When a strategy made a whole answer or a refusal, then the model is not asked', () => {
    useDecisionModel(model(-10));
    expect(decide([candidate({ from: 'strategy' })], part(1), ctx).outcome).toBe('sure');
    expect(decide([candidate({ refusal: 'Styrmodellen anger inte det antalet.' })], part(1), ctx)).toMatchObject({ outcome: 'refuse', reason: 'Styrmodellen anger inte det antalet.' });
  });

  it('When the decision is made, then its inputs are every named feature (what trainDecision fits on)', () => {
    useDecisionModel(model(0));
    const d = decide([candidate(), candidate({ score: 4, sources: [{ document: 'x', documentId: 'x', section: 'Budget', passage: '' }] })], part(1), ctx);
    expect(Object.keys(d.inputs ?? {})).toEqual([...decisionFeatureNames]);
    expect(d.inputs).toMatchObject({ margin: 0.1, sameSource: 1, fromStrategy: 0 });
  });

  it('When the best answer cites several sections (numbered steps in sub-sections) and the runner-up comes from one of them, then they share a source', () => {
    useDecisionModel(model(0));
    const section = (name: string) => ({ document: 'Styrmodell', documentId: 'styrmodell', section: name, passage: '' });
    const steps = candidate({ sources: [section('Verksamheter volymer'), section('Volymförändring i verksamheten')] });
    expect(decide([steps, candidate({ score: 4, sources: [section('Volymförändring i verksamheten')] })], part(1), ctx).inputs).toMatchObject({ sameSource: 1 });
    expect(decide([steps, candidate({ score: 4, sources: [section('Budget')] })], part(1), ctx).inputs).toMatchObject({ sameSource: 0 });
  });

  it('When the stored model is read, then it has a weight for every feature and sure ≥ unsure', () => {
    const stored = JSON.parse(readFileSync(decisionFile, 'utf8')) as DecisionModel & { command: string };
    expect(Object.keys(stored.weights).sort()).toEqual([...decisionFeatureNames].sort());
    expect(stored.thresholds.sure).toBeGreaterThanOrEqual(stored.thresholds.unsure);
    expect(stored.command).toMatch(/trainDecision\.ts/);
  });
});
