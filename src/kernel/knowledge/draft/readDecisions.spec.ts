import { genericBodies } from './bodyCatalogue';
import { readDecisions } from './readDecisions';

describe('Reading who decides from a sentence of the documents', () => {
  it('When a post of the administration decides ("fastställs av närmast ansvarig chef", "Kommundirektör antar …"), then the post is the decider', () => {
    expect(readDecisions('Planerna på områdes- och enhetsnivå fastställs av närmast ansvarig chef.', genericBodies)).toEqual([
      expect.objectContaining({ subject: 'Planerna på områdes- och enhetsnivå', decidedBy: ['ansvarig-chef'] }),
    ]);
    expect(readDecisions('Kommundirektör antar kommunövergripande stödjande styrdokument.', genericBodies)).toEqual([
      expect.objectContaining({ subject: 'Kommunövergripande stödjande styrdokument', decidedBy: ['kommundirektoren'] }),
    ]);
  });

  it('When a clause with its own agent is followed by "och" and a new subject ("… leds av ledningsgruppen och planen fastställs av förvaltningschef"), then the new subject is decided, named by its heading', () => {
    const read = readDecisions('Arbetet leds av förvaltningens ledningsgrupp och planen fastställs av förvaltningschef.', genericBodies, 'Verksamhetsplan på förvaltningsnivå');
    expect(read).toEqual([expect.objectContaining({ subject: 'Verksamhetsplan på förvaltningsnivå', verb: 'fastställs', decidedBy: ['forvaltningschefen'] })]);
    // One thing named by two nouns stays one subject.
    expect(readDecisions('Mål och budget fastställs av kommunfullmäktige i juni.', genericBodies, 'Budget')).toEqual([
      expect.objectContaining({ subject: 'Mål och budget', decidedBy: ['kommunfullmaktige'], months: [6] }),
    ]);
  });

  it('When a clause names a thing ("… kallas stödjande dokument, och antas av ansvarig chef"), then the named thing is decided', () => {
    expect(readDecisions('Styrdokument som inte är politiska kallas stödjande dokument, och antas av ansvarig chef på respektive förvaltning.', genericBodies)).toEqual([
      expect.objectContaining({ subject: 'Stödjande dokument', verb: 'antas', decidedBy: ['ansvarig-chef'] }),
    ]);
  });

  it('When an adverb stands between the verb and the thing decided ("Fullmäktige antar därför verksamhetsmål …"), then the adverb is no part of the thing', () => {
    expect(readDecisions('Fullmäktige antar därför verksamhetsmål för verksamheten.', genericBodies)).toEqual([
      expect.objectContaining({ subject: 'Verksamhetsmål för verksamheten', decidedBy: ['kommunfullmaktige'] }),
    ]);
  });
});
