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

  it('When a term has its own section in a glossary, then its definition holds the section\'s first sentences, as many as fit 320 characters', () => {
    const text = 'Begreppet syftar till styrningen mellan de olika ansvarsnivåerna i kommunen och hur de hör samman. Kan liknas vid en röd tråd som går från kommunfullmäktige till den enskilda medarbetaren. ' + 'Mer text om annat. '.repeat(10);
    const [entry] = draftGlossary([{ ...passage('Styrkedja', text), passage: { ...passage('Styrkedja', text).passage, parents: ['Begreppslista'] } }], []);
    expect(entry.fact.term).toBe('Styrkedja');
    expect(entry.fact.definition).toMatch(/hör samman\. Kan liknas vid en röd tråd .* medarbetaren\.( Mer text om annat\.)*$/);
    expect(entry.fact.definition.length).toBeLessThanOrEqual(320);
  });
});
