import { Analyzer } from '../lexicon/Analyzer';
import type { QuestionPart } from '../question/analyzeQuestion';
import { PassageIndex } from '../retrieval/PassageIndex';
import { scoreSentences } from './scoreSentences';

describe('Scoring the sentences of a passage', () => {
  it('When a sentence names the head of a compound the sentence before names ("… en verksamhetsbeskrivning. … framgå av beskrivningen: …"), then it speaks of that compound', () => {
    const text =
      'Grunduppdraget ska framgå i form av en verksamhetsbeskrivning. Det kan ses som en sammanfattning av reglementet och följande delar ska framgå av beskrivningen:\n- Verksamhetsidé.\n- Viktiga målgrupper.';
    const passage = { id: 'doc#grund', document: 'doc', section: 'Grunduppdrag', parents: [], text };
    const analyzer = new Analyzer([text, 'beskrivning verksamhet']);
    const passages = new PassageIndex([passage], analyzer, new Set(), () => 1);
    const [t] = analyzer.tokens('verksamhetsbeskrivning');
    const part = { kind: 'contents', words: ['vad', 'ska', 'en', 'verksamhetsbeskrivning', 'innehalla'], topic: [{ word: t.word, stem: t.stem, parts: t.parts, alternatives: [], weight: 1, known: true, familiarity: 1 }] } as QuestionPart;
    const scored = scoreSentences(part, passages.find(part.topic, 1), passages, 1);
    const second = scored.find((s) => s.sentence.index === 1)!;
    expect(second.features.ownCoverage).toBe(1);
  });
});
