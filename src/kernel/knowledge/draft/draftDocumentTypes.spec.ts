import { splitSentences } from '../sentences';
import { draftDocumentTypes } from './draftDocumentTypes';

const passage = (section: string, text: string) => ({ passage: { id: `doc#${section}`, document: 'doc', section, parents: ['Styrdokumenttyper'], text }, sentences: splitSentences(text) });

describe('Draft document types', () => {
  it('When a type has its own section with "Exempel på …", then its description is the section\'s first sentences, not the first alone', () => {
    // Ånge's own text: what a rule is, is said in its second sentence ("ska", "måste", "får inte").
    const [regel] = draftDocumentTypes([passage('Regel', 'Regler ska ge absoluta gränser för vårt agerande. Typiska ord och uttryck i sådana dokument är ”ska”, ”måste” och ”får inte”. Exempel på regel: Regler för kommunens borgensåtagande.')]);
    expect(regel.fact).toMatchObject({ name: 'Regel' });
    expect(regel.fact.description).toMatch(/^Regler ska ge absoluta gränser för vårt agerande\. Typiska ord och uttryck i sådana dokument är ”ska”, ”måste” och ”får inte”\./);
  });
});
