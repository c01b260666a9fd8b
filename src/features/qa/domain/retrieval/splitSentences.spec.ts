import { isCue } from '../question/cues';
import { questionWords } from '../question/vocabularyOfQuestions';
import { headingStatements } from './splitSentences';

const stated = (heading: string) => headingStatements(heading, (w) => isCue(w, questionWords));

describe('What a survey heading states before it asks', () => {
  it('When a heading states a fact and then asks ("… antog en ny styrmodell 2024, beskriv …?", "… anges att 30 miljoner kr ges … Vilka insatser …?"), then the fact is a sentence of its own', () => {
    expect(stated('1.1 Alingsås kommun antog en ny styrmodell 2024, beskriv övergripande hur den påverkar styrelsens styrning och uppföljning?')).toEqual(['Alingsås kommun antog en ny styrmodell 2024.']);
    expect(stated('4.3 I budgetberedningen från KS/KSAU anges att 30 miljoner kr ges som anslag till barn- och ungdomsnämnden för att förbättra betyg och öka behörigheten. Vilka insatser kommer att genomföras?')).toEqual([
      'I budgetberedningen från KS/KSAU anges att 30 miljoner kr ges som anslag till barn- och ungdomsnämnden för att förbättra betyg och öka behörigheten.',
    ]);
  });

  it('When a heading only asks, frames its question ("Inom ramen för sin uppsiktsplikt, hur följer …?") or asks nothing, then it states nothing', () => {
    expect(stated('2.1 Har styrelsen fastställt en budget för aktuellt år?')).toEqual([]);
    expect(stated('1.3 Inom ramen för sin uppsiktsplikt, hur följer styrelsen upp övriga nämnders verksamheter?')).toEqual([]);
    expect(stated('Juni – Beslut mål- och budget')).toEqual([]);
    expect(stated('5.1 Redogör för nämndens utmaningar och risker på kort och lång sikt (ange minst 5 områden)')).toEqual([]);
  });
});
