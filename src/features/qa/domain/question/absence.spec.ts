import { words } from '../lexicon/normalize';
import { absentWords } from './absence';

describe('What a question supposes missing', () => {
  it('When a condition says something is not there ("när det inte finns …", "ifall det inte finns …"), then the words after the negation are supposed missing', () => {
    for (const q of ['hur bedöms det om ett mål är uppnått när det inte finns några nyckeltal kopplade till målet?', 'hur bedöms det om ett KS-mål är uppnått ifall det inte finns några nyckeltal kopplade till målet?']) {
      expect(absentWords(words(q))).toContain('nyckeltal');
    }
  });

  it('When the words before the question say something missing ("… men inga nyckeltal", "… saknar kopplade nyckeltal", "… har inte kopplat några nyckeltal"), then it is supposed missing', () => {
    for (const q of [
      'Vi har ett KS-mål men inga nyckeltal kopplade till det. Hur avgör man då om målet är uppnått?',
      'Flera av våra KS-mål saknar kopplade nyckeltal. Hur avgör vi då om ett mål är uppnått?',
      'Vi har inte kopplat några nyckeltal till KS mål. Hur avgör vi då om ett mål är uppnått?',
    ]) expect(absentWords(words(q))).toContain('nyckeltal');
    // (What "inte" negates without "några" is a deed, not a thing missing.)
    expect(absentWords(words('Vi har inte hunnit med genomlysningen. Vad händer nu?'))).toEqual([]);
  });

  it('When a negation is in no condition ("det finns inte …" as a statement asked about), then nothing is supposed missing', () => {
    expect(absentWords(words('varför finns det inte några nyckeltal för KS mål?'))).toEqual([]);
  });
});
