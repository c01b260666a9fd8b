import { namesSomething } from './properNames';

describe('Whether an answer names something by its proper name', () => {
  const own = new Set(['alingsas']);
  it('When a capitalised word stands within a sentence ("I Stratsys arbetar vi …"), then the text names something; the kommun\'s own name does not count', () => {
    expect(namesSomething('I Stratsys arbetar vi med styrkedjan.', own)).toBe(true);
    expect(namesSomething('Kommunen i Alingsås följer upp.', own)).toBe(false);
  });

  it('When a list item opens with a capitalised word ("- Förvaltningens planering", "…; Delårsbokslut; …"), then its dash or the item before it is no word before it and the item names nothing', () => {
    expect(namesSomething('- Förvaltningens planering\n- Kvalitetsstyrningen', own)).toBe(false);
    expect(namesSomething('Uppföljningen sker i fyra steg: Uppföljningsprocess; Fördjupad månadsuppföljning; Delårsbokslut; Årsbokslut.', own)).toBe(false);
  });
});
