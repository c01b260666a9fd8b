import { pluralSubject } from './renderFact';

describe('The verb of an English decision sentence', () => {
  it('When the subject\'s head noun is plural ("The council\'s goals for the term", "The auditors"), then it takes "are"; a singular head, one in "-sis", or a name in brackets takes "is"', () => {
    for (const s of ["The council's goals for the term of office", "The council's three to five goals for the term of office", 'The auditors', 'Politicians serving under the council', 'Supporting (non-political) documents', 'Operational plans at area, unit and activity level']) {
      expect(pluralSubject(s)).toBe(true);
    }
    for (const s of ['The municipal tax rate', 'Risk and materiality analysis for the executive board', 'The audit (auditors)', "The auditors' audit plan", 'The goals and budget (Mål- och budget)', "Revision of the council's goals for the term"]) {
      expect(pluralSubject(s)).toBe(false);
    }
  });
});
