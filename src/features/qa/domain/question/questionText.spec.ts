import { questionSentences } from './questionText';

describe('questionSentences', () => {
  it('When a chat sentence opens in lower case after a period, then it is a sentence of its own', () => {
    expect(questionSentences('Cheferna frågar vad styrkedja betyder. hur förklarar jag det enkelt?')).toEqual(['Cheferna frågar vad styrkedja betyder.', 'hur förklarar jag det enkelt?']);
  });

  it('When an abbreviation ends in a period ("dvs.", "t.ex.", "bl.a.", "resp."), then no sentence ends there', () => {
    for (const q of ['Hur beskrivs uppdraget, dvs. vilka områden ska revisorerna granska?', 'Vilka dokument, t.ex. riktlinjer, beslutar nämnden?', 'Gäller det bl.a. bolagen?', 'När görs tertialrapporten resp. delårsrapporten?']) expect(questionSentences(q)).toEqual([q]);
  });
});
