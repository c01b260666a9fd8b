import { splitSentences } from '../sentences';
import { draftGlossary } from './draftGlossary';

const passage = (section: string, text: string) => ({ passage: { id: `doc#${section}`, document: 'doc', section, parents: [], text }, sentences: splitSentences(text) });

describe('Draft glossary entries', () => {
  it('When a sentence defines a term and the next says more of it, then the definition holds both', () => {
    const [entry] = draftGlossary([passage('Planering', 'Planeringsförutsättningar är en årlig rapport som förvaltningen presenterar för fullmäktige. Där presenteras utmaningar och styrkor för kommunen. Arbetet med planeringsförutsättningar börjar i mars.')], []);
    expect(entry.fact).toMatchObject({ term: 'Planeringsförutsättningar', definition: 'Planeringsförutsättningar är en årlig rapport som förvaltningen presenterar för fullmäktige. Där presenteras utmaningar och styrkor för kommunen.' });
    expect(entry.sentence).toBe('Planeringsförutsättningar är en årlig rapport som förvaltningen presenterar för fullmäktige.');
  });

  it('When a sentence says what a term can be ("En aktivitet kan vara ett uppdrag …"), then it is a definition of the term', () => {
    const [entry] = draftGlossary([passage('Verksamhetsplan', 'En aktivitet kan vara ett uppdrag, ett projekt eller en satsning. Aktiviteterna ska vara påverkbara.')], []);
    expect(entry.fact).toMatchObject({ term: 'Aktivitet' });
    expect(entry.fact.definition).toMatch(/^En aktivitet kan vara ett uppdrag/);
  });
});
