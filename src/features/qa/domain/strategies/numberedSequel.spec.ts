import { stepNumber } from './numberedSequel';

describe('stepNumber', () => {
  it('reads the number of the step a sentence opens, by an ordinal before "steg" or a number after it', () => {
    expect(stepNumber('Modellens första steg är att identifiera de verksamheter som påverkas')).toBe(1);
    expect(stepNumber('Det tredje steget tar sikte på den faktiska volymförändringen')).toBe(3);
    expect(stepNumber('I steg fyra multipliceras kostnaden')).toBe(4);
    expect(stepNumber('Modellens sista steg tar hänsyn till övrig omvärldspåverkande faktorer.')).toBe(Infinity);
  });

  it('reads nothing from a sentence that only speaks of steps, or names one late in the sentence', () => {
    expect(stepNumber('Modellen fördelar årligen om resurser i fem steg: verksamheter …')).toBeUndefined();
    expect(stepNumber('Planeringen och uppföljningen sker i flera steg under året, där det tredje steget är analysen.')).toBeUndefined();
  });
});
