import { splitSentences } from '../sentences';
import { findBodies } from './findBodies';

const passage = (section: string, text: string) => ({ passage: { id: `doc#${section}`, document: 'doc', section, parents: [], text }, sentences: splitSentences(text) });

describe('Finding the bodies a document names', () => {
  it('When the document names a body only in a longer form ("närmast ansvarig chef"), then the body is named so, and an answer says what the document says', () => {
    const only = findBodies([passage('Verksamhetsplanering', 'Planerna på enhetsnivå fastställs av närmast ansvarig chef.')]);
    expect(only.find((b) => b.id === 'ansvarig-chef')?.name).toBe('Närmast ansvarig chef');
    const both = findBodies([passage('Verksamhetsplanering', 'Planerna på enhetsnivå fastställs av närmast ansvarig chef. Rutiner antas av ansvarig chef.')]);
    expect(both.find((b) => b.id === 'ansvarig-chef')?.name).toBe('Ansvarig chef');
  });

  it('When the sentence that describes a body introduces a list, then the description holds the list, not a sentence ending in a colon', () => {
    const [revision] = findBodies([passage('Kommunala revisionen', 'Revisorerna har till uppgift att granska:\n\n- att verksamheten sköts på ett ändamålsenligt sätt\n- att räkenskaperna är rättvisande\n\nRevisionen ska varje år fastställa en plan.')]).filter((b) => b.id === 'revisionen');
    expect(revision.description).toBe('Revisorerna har till uppgift att granska:\n- att verksamheten sköts på ett ändamålsenligt sätt\n- att räkenskaperna är rättvisande');
  });
});
