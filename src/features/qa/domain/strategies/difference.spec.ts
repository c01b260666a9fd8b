import { sidesTogether } from './difference';

describe('The two sides of a difference given together', () => {
  const first = 'Kommunerna ska anta mål både för ekonomin och för verksamheten, så kallade finansiella mål och verksamhetsmål. De finansiella målen ger ramar för verksamhetens omfattning.';
  const second = 'De finansiella målen ger ramar för verksamhetens omfattning. Verksamhetsmålen anger hur medlen ska användas.';

  it('When the two sides come from one passage and share a sentence, then that sentence is said once', () => {
    const text = sidesTogether(first, second, 380);
    expect(text.match(/De finansiella målen ger ramar/g)).toHaveLength(1);
    expect(text).toMatch(/Verksamhetsmålen anger hur medlen ska användas\.$/);
  });

  it('When one side holds the other whole, then the other is not repeated', () => {
    expect(sidesTogether(`${first} Verksamhetsmålen anger hur medlen ska användas.`, 'Verksamhetsmålen anger hur medlen ska användas.', 100)).toBe(`${first} Verksamhetsmålen anger hur medlen ska användas.`);
  });
});
