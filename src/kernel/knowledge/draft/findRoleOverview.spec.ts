import { splitSentences } from '../sentences';
import { findRoleOverview } from './findRoleOverview';

const passage = (section: string, text: string) => ({ passage: { id: `doc#${section}`, document: 'doc', section, parents: [], text }, sentences: splitSentences(text) });

describe('The split between politics and administration, read from the document', () => {
  it('When the passage says what each side\'s role is ("Förvaltningens roll är tvådelad – dels …. Dels …"), then those sentences are in the overview with the what-and-how ones, and a sentence about something else is not', () => {
    const found = findRoleOverview([
      passage(
        'Tydliga roller',
        'Det är viktigt med tydliga roller. Kommunen utgår från fördelningen mellan politik och förvaltning; vad och hur. Politikens roll är att styra genom mål och resurser. ' +
          'Förvaltningens roll är tvådelad – dels har förvaltningen ett informationsansvar mot politiken. Dels att förvalta de politiska målen. Politiken säger vad som ska göras och när. Förvaltningen bestämmer hur.',
      ),
    ]);
    expect(found?.text).toBe(
      'Kommunen utgår från fördelningen mellan politik och förvaltning; vad och hur. Politikens roll är att styra genom mål och resurser. Förvaltningens roll är tvådelad – dels har förvaltningen ett informationsansvar mot politiken. Dels att förvalta de politiska målen. Politiken säger vad som ska göras och när. Förvaltningen bestämmer hur.',
    );
  });
});
