import { Analyzer } from '../lexicon/Analyzer';
import { wordMatch, type TopicWord } from './TopicWord';

const analyzer = new Analyzer(['kommunövergripande mål för mandatperioden målstyrning nämndernas mål']);
const phrase = (text: string): TopicWord => {
  const stems = text.split(' ').flatMap((w) => analyzer.tokens(w).map((t) => t.stem));
  return { word: text.replace(/ /g, '_'), stem: text.replace(/ /g, '_'), parts: stems, alternatives: [], weight: 1, known: true, familiarity: 1 };
};

describe('wordMatch', () => {
  it('When a joined phrase ("kommunövergripande mål") has each of its words in a text, then it matches wholly', () => {
    expect(wordMatch(phrase('kommunovergripande mal'), analyzer.termSet('Kommunövergripande mål för mandatperioden'))).toBe(1);
  });

  it('When only some of the phrase\'s words are there, then it matches in part', () => {
    const m = wordMatch(phrase('kommunovergripande mal'), analyzer.termSet('Nämndernas mål'));
    expect(m).toBeGreaterThan(0);
    expect(m).toBeLessThan(1);
  });
});
