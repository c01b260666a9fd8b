import { Analyzer } from '../lexicon/Analyzer';
import { PassageIndex } from '../retrieval/PassageIndex';
import { excerpt } from './excerpt';

const indexOf = (text: string, section = 'Det övergripande målet') => {
  const passage = { id: 'doc#mal', document: 'doc', section, parents: [], text };
  const passages = new PassageIndex([passage], new Analyzer([text]), new Set(), () => 1);
  return { passages, sentences: passages.sentences(passage) };
};

describe('The excerpt an answer quotes', () => {
  it('When the best sentence draws a conclusion from what was said before ("Av den anledningen …"), then the paragraph\'s argument comes with it, but not the paragraph before', () => {
    const { passages, sentences } = indexOf(
      'Kommunen har en lång tradition av samverkan.\n\nBehoven ökar samtidigt som resurserna minskar. Om kommunen ska klara välfärden behövs en omställning. Av den anledningen har kommunen ett övergripande mål om effektivitet.\n\nMålet följs upp årligen.',
    );
    const text = excerpt(sentences[3], passages);
    expect(text).toMatch(/^Behoven ökar .* omställning\. Av den anledningen/);
    expect(text).not.toMatch(/tradition/);
  });

  it('When a sentence after the excerpt points back at it ("Det innebär att …"), then it comes too, however long the excerpt already is', () => {
    const { passages, sentences } = indexOf(
      'När kommunstyrelsens verksamhetsplan är antagen ska förvaltningen skyndsamt påbörja planering för genomförande utifrån verksamhetsplanen och de mål som kommunstyrelsen har satt upp för året. Det innebär att varje enhet ska planera aktiviteter. Målen följs upp i juni.',
    );
    expect(excerpt(sentences[0], passages)).toMatch(/Det innebär att varje enhet ska planera aktiviteter\.$/);
  });

  it('When a sentence pointing back opens its paragraph, then it comes with the sentence before it only', () => {
    const { passages, sentences } = indexOf('Kommunen har många nämnder. Nämnderna har egna mål.\n\nDärför är dialogen viktig.');
    expect(excerpt(sentences[2], passages)).toBe('Nämnderna har egna mål. Därför är dialogen viktig.');
  });

  it('When a line in bold names the prose after it ("**Kompensation enligt modellen**"), then the excerpt joins them with a colon, not as one run-on sentence', () => {
    const { passages, sentences } = indexOf('**Kompensation enligt modellen**\n\nI steg fyra multipliceras kostnaden med volymförändringen.', 'Resursfördelningsmodell');
    expect(excerpt(sentences[0], passages)).toBe('Kompensation enligt modellen: I steg fyra multipliceras kostnaden med volymförändringen.');
  });

  it('When the heading states something and then asks ("4.3 I budgetberedningen anges att 30 miljoner kr ges till nämnden. Vilka insatser …?"), then what it states comes before the reply; a heading that only asks does not', () => {
    const survey = indexOf('Det definierar nämnden i sin budget.', '4.3 I budgetberedningen anges att 30 miljoner kr ges till nämnden. Vilka insatser kommer att genomföras?');
    // What the heading states is the passage's first sentence; the reply under it, its second.
    expect(survey.sentences.map((s) => s.text)).toEqual(['I budgetberedningen anges att 30 miljoner kr ges till nämnden.', 'Det definierar nämnden i sin budget.']);
    expect(excerpt(survey.sentences[1], survey.passages)).toBe('I budgetberedningen anges att 30 miljoner kr ges till nämnden. Det definierar nämnden i sin budget.');
    expect(excerpt(survey.sentences[0], survey.passages)).toBe('I budgetberedningen anges att 30 miljoner kr ges till nämnden. Det definierar nämnden i sin budget.');
    const asking = indexOf('Det definierar nämnden i sin budget.', '4.3 Vilka insatser kommer att genomföras?');
    expect(excerpt(asking.sentences[0], asking.passages)).toBe('Det definierar nämnden i sin budget.');
  });
});
