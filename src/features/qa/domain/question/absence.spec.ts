import { words } from '../lexicon/normalize';
import { absentWords } from './absence';

describe('What a question supposes missing', () => {
  it('When a condition says something is not there ("när det inte finns …", "ifall det inte finns …"), then the words after the negation are supposed missing', () => {
    for (const q of ['hur bedöms det om ett mål är uppnått när det inte finns några nyckeltal kopplade till målet?', 'hur bedöms det om ett KS-mål är uppnått ifall det inte finns några nyckeltal kopplade till målet?']) {
      expect(absentWords(words(q))).toContain('nyckeltal');
    }
  });

  it('When a negation is in no condition ("det finns inte …" as a statement asked about), then nothing is supposed missing', () => {
    expect(absentWords(words('varför finns det inte några nyckeltal för KS mål?'))).toEqual([]);
  });
});
