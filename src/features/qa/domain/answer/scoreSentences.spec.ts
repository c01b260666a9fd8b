import { Analyzer } from '../lexicon/Analyzer';
import type { QuestionPart } from '../question/analyzeQuestion';
import { PassageIndex } from '../retrieval/PassageIndex';
import { scoreSentences } from './scoreSentences';

/** One passage of `text` under `section`, indexed with an analyzer of its own words (and `more`), and topic words of it. */
function onePassage(text: string, section: string, more: string[] = []) {
  const analyzer = new Analyzer([text, ...more]);
  const passages = new PassageIndex([{ id: `doc#${section}`, document: 'doc', section, parents: [], text }], analyzer, new Set(), () => 1);
  const topic = (w: string) => analyzer.tokens(w).map((t) => ({ word: t.word, stem: t.stem, parts: t.parts, alternatives: [], weight: 1, known: true, familiarity: 1 }));
  return { passages, topic };
}

describe('Scoring the sentences of a passage', () => {
  it('When a sentence names the head of a compound the sentence before names ("… en verksamhetsbeskrivning. … framgå av beskrivningen: …"), then it speaks of that compound', () => {
    const text =
      'Grunduppdraget ska framgå i form av en verksamhetsbeskrivning. Det kan ses som en sammanfattning av reglementet och följande delar ska framgå av beskrivningen:\n- Verksamhetsidé.\n- Viktiga målgrupper.';
    const { passages, topic } = onePassage(text, 'Grunduppdrag', ['beskrivning verksamhet']);
    const part = { kind: 'contents', words: ['vad', 'ska', 'en', 'verksamhetsbeskrivning', 'innehalla'], topic: topic('verksamhetsbeskrivning').slice(0, 1) } as QuestionPart;
    const scored = scoreSentences(part, passages.find(part.topic, 1), passages, 1);
    const second = scored.find((s) => s.sentence.index === 1)!;
    expect(second.features.ownCoverage).toBe(1);
  });

  it('When the contents of a thing are asked and a sentence counts the thing among its items ("… tre uppföljningar per år; resultatprognos efter april, delårsrapport efter augusti och …"), then it fits less than the list of what the thing holds', () => {
    const text =
      'Vår uppföljningsprocess följer en cykel med tre gemensamma uppföljningar per år; resultatprognos efter april, delårsrapport efter augusti och årsredovisning efter årsslutet. Efter åtta månader upprättar kommunen sin delårsrapport. Den innehåller:\n- uppföljning av mål\n- verksamhetsberättelse\n- redovisning av större projekt';
    const { passages, topic: topicOf } = onePassage(text, 'Delårsrapport');
    const topic = topicOf('delårsrapporten');
    const fitOf = (kind: string, index: number) =>
      scoreSentences({ kind, words: ['vilka', 'delar', 'ska', 'delarsrapporten', 'innehalla'], topic } as QuestionPart, passages.find(topic, 1), passages, 1).find((s) => s.sentence.index === index)!.fit;
    expect(fitOf('contents', 0)).toBeLessThan(fitOf('contents', 2));
    // (Of which follow-ups there are, the same sentence is the list asked.)
    expect(fitOf('list', 0)).toBe(1);
  });

  it('When a sentence opens with a noun the sentence before names ("… ett övergripande mål – att bli Sveriges mest effektiva kommun. Målet innebär …"), then it speaks of what that sentence says of the noun, and of nothing else there', () => {
    const text =
      'Av den anledningen har kommunen ett övergripande mål – att bli Sveriges mest effektiva kommun. Målet innebär att kommunen ska ha så hög kvalitet som möjligt. Uppföljningen av budgeten sker genom årliga genomlysningar. Genomlysningen utgör nämndernas främsta verktyg.';
    const { passages, topic } = onePassage(text, 'Mål');
    const score = (question: string[], index: number) => {
      const part = { kind: 'define', words: question, topic: question.flatMap(topic) } as QuestionPart;
      return scoreSentences(part, passages.find(part.topic, 1), passages, 1).find((s) => s.sentence.index === index)!.features.ownCoverage;
    };
    expect(score(['sveriges', 'effektiva'], 1)).toBe(1);
    // "Genomlysningen" is named by the sentence before, but the budget is not what that one says of it.
    expect(score(['budget'], 3)).toBe(0);
  });

  it('When a sentence opens with a noun that a sentence a little before names as the head of a compound ("… konkreta verksamhetsplaner på enhetsnivå. … Planerna på enhetsnivå fastställs av …"), then it speaks of that compound', () => {
    const text =
      'Verksamhetsplanen ska sedan brytas ner i mer konkreta verksamhetsplaner på områdes- och enhetsnivå. Även här är de politiska målen utgångspunkten. För små verksamheter kan utformningen se olika ut.\n\nPlanerna på områdes- och enhetsnivå fastställs av närmast ansvarig chef.';
    const { passages, topic } = onePassage(text, 'Verksamhetsplanering för respektive verksamhet');
    const part = { kind: 'decides', words: ['vem', 'faststaller', 'verksamhetsplanen'], topic: topic('verksamhetsplanen') } as QuestionPart;
    const last = scoreSentences(part, passages.find(part.topic, 1), passages, 1).find((s) => s.sentence.index === 3)!;
    expect(last.sentence.text).toMatch(/^Planerna/);
    expect(last.features.ownCoverage).toBe(1);
  });
});
