import { joinAnswers, joinParts } from './joinAnswers';
import type { Candidate } from './Candidate';

describe('joinAnswers', () => {
  it('When a later text repeats a sentence an earlier one says, then the sentence is said once', () => {
    expect(joinAnswers(['KS antar planen. Den följs upp i augusti.', 'Den följs upp i augusti. Nämnderna rapporterar till KS.'], '\n\n')).toBe('KS antar planen. Den följs upp i augusti.\n\nNämnderna rapporterar till KS.');
  });

  it('When a later text says nothing new, then it is left out; a list keeps its lines', () => {
    expect(joinAnswers(['Budgeten beslutas i juni.', 'Budgeten beslutas i juni.'], '\n\n')).toBe('Budgeten beslutas i juni.');
    expect(joinAnswers(['Planen ska innehålla:\n- mål\n- aktiviteter', 'Den beslutas i november.'], ' ')).toBe('Planen ska innehålla:\n- mål\n- aktiviteter Den beslutas i november.');
  });

  it('When the repeated sentence is followed by a list, then the sentence is left out and the list keeps its lines', () => {
    expect(joinAnswers(['Mål tas bort. Detta för att hamna rätt.', 'Nya mål sätts varje år. Detta för att hamna rätt.\n- Mål ska tidsättas.\n- Indikatorer kopplas.'], '\n\n')).toBe(
      'Mål tas bort. Detta för att hamna rätt.\n\nNya mål sätts varje år.\n- Mål ska tidsättas.\n- Indikatorer kopplas.',
    );
  });

  it('When the texts are longer than the room and the later one is marked first, then it is given whole and the earlier one is cut; unmarked, the later one is cut, and a stump is left out', () => {
    const unsure = 'Den budgetram som kommunfullmäktige tilldelar nämnder avser att täcka driften och en viss utveckling.';
    const sure = 'Resursfördelningen utgår från en modell. Den grundar sig i befolkningsprognosen och prisindex.';
    const joined = joinAnswers([unsure, sure], '\n\n', [], 150, [1, 0]);
    expect(joined).toMatch(/Den budgetram .* …\n\nResursfördelningen .*prisindex\.$/);
    expect(joined.length).toBeLessThanOrEqual(150);
    expect(joinAnswers([unsure, sure], '\n\n', [], 150)).toMatch(/^Den budgetram .*utveckling\.\n\nResursfördelningen .* …$/);
    expect(joinAnswers([unsure, sure], '\n\n', [], 120)).toBe(unsure);
  });

  it('When the answers to the parts and a runner-up are longer than the room, then the runner-up is cut first: each best keeps what it says', () => {
    const part = (text: string, runnerUp?: string) => ({ text, language: 'sv', runnerUp: runnerUp ? { text: runnerUp, language: 'sv' } : undefined }) as Candidate;
    const first = part('Mål för nämnder och bolag beslutas av nämnderna i oktober.', 'Nämnden påbörjar sin beredning under juni för att ta fram ett underlag till budget- och årsplanen.');
    const second = part('Balanskravet innebär att det inte är tillåtet att budgetera ett underskott. Blir resultatet ändå negativt ska det återställas inom tre år.');
    const joined = joinParts([first, second], [first.text, second.text], () => false, false, 260);
    expect(joined).toMatch(/^Mål för nämnder .*oktober\.\n\nNämnden påbörjar .* …\n\nBalanskravet .*inom tre år\.$/);
  });

  it('When a runner-up said before a later part\'s answer holds that answer\'s sentences and is cut, then the sentences stay in the part\'s answer, not cut off with the runner-up', () => {
    const part = (text: string, runnerUp?: string) => ({ text, language: 'sv', runnerUp: runnerUp ? { text: runnerUp, language: 'sv' } : undefined }) as Candidate;
    const grounds = 'Till grund för detta ligger två antaganden, befolkningsprognosen och prisindex.';
    const first = part('Den budgetram som kommunfullmäktige tilldelar nämnder avser att täcka driften.', `Resursfördelningen utgår från en resursfördelningsmodell med flera steg och kompensationer. ${grounds}`);
    const second = part(grounds);
    const joined = joinParts([first, second], [first.text, second.text], () => false, false, 200);
    expect(joined).toMatch(/befolkningsprognosen och prisindex\.$/);
    expect(joined.length).toBeLessThanOrEqual(200);
  });
});
