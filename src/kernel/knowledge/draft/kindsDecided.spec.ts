import { splitSentences } from '../sentences';
import { genericBodies } from './bodyCatalogue';
import { draftDecisions } from './draftDecisions';
import { draftDocumentTypes } from './draftDocumentTypes';
import { addKindsDecided } from './kindsDecided';

const passage = (section: string, text: string, parents: string[] = []) => ({ passage: { id: `doc#${section}`, document: 'doc', section, parents, text }, sentences: splitSentences(text) });

describe('Decisions about a kind of document', () => {
  it('When the text says who adopts a kind ("Stödjande dokument … antas av ansvarig chef") and lists types under that kind, then the types name the decision', () => {
    const texts = [
      passage('Kommunens styrdokument', 'Styrdokument som inte är politiska kallas stödjande dokument, och antas av ansvarig chef på respektive förvaltning. Kommundirektör antar kommunövergripande stödjande styrdokument.'),
      passage('Stödjande styrdokument', '7. Rutiner eller anvisningar – tillämpning av lagstiftning eller antagna styrdokument.', ['Styrdokumentstyper och dess hierarkiska ordning']),
    ];
    const decisions = draftDecisions(texts, genericBodies);
    addKindsDecided(decisions, draftDocumentTypes(texts));
    expect(decisions.map((d) => [d.fact.subject, d.fact.decidedBy, d.fact.terms])).toEqual([
      ['Stödjande dokument', ['ansvarig-chef'], ['rutiner', 'anvisningar']],
      ['Kommunövergripande stödjande styrdokument', ['kommundirektoren'], ['kommunövergripande rutiner', 'kommunövergripande anvisningar']],
    ]);
  });
});
