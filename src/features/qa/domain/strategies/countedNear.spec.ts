import { countedNear } from './countedNear';

const mal = new Set(['mal']);
const none = new Set<string>();

describe('Whether a text states the number of what is counted', () => {
  it('When the number stands by the counted word or by "antal", then it counts it', () => {
    expect(countedNear('Det ska finnas max tre mål som är parallellt gällande.', mal, none)).toBe(true);
    expect(countedNear('Dessa mål ska utgå från visionen och dess fokusområden, och vara tre till fem i antal.', mal, none)).toBe(true);
    expect(countedNear('Kommunfullmäktige antar tre till fem kommunövergripande mål.', mal, none)).toBe(true);
  });

  it('When the number\'s own words name something else ("mellan fem och tio nyckeltal"), then it counts that, not the counted word beside it', () => {
    expect(countedNear('Varje mål bör ha mellan fem och tio nyckeltal.', mal, none)).toBe(false);
    expect(countedNear('Varje mål följs upp med tre indikatorer.', mal, none)).toBe(false);
  });

  it('When the number counts times ("två gånger per år"), then it counts how often the counted thing happens', () => {
    expect(countedNear('Politikerdag: Två gånger per år kallar presidiet alla ledamöter och ersättare.', new Set(['politikerdag']), none)).toBe(true);
  });

  it('When a count per year is asked ("hur många politikerdagar per år") and the text says how many times per year, then that counts it, even far from the counted word', () => {
    const text = 'Två gånger per år kallar kommunfullmäktiges presidier alla ledamöter och ersättare i kommunfullmäktige till en politikerdag.';
    expect(countedNear(text, new Set(['politikerdag']), new Set(['ar']))).toBe(true);
    expect(countedNear(text, new Set(['politikerdag']), none)).toBe(false);
  });
});
