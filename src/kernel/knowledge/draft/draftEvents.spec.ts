import { splitSentences } from '../sentences';
import { draftEvents } from './draftEvents';

const passage = (section: string, text: string) => ({ passage: { id: `doc#${section}`, document: 'doc', section, parents: [], text }, sentences: splitSentences(text) });

describe('Draft annual-cycle events', () => {
  it('When a month row only names a step ("- November: Teknisk omräkning av budget."), then the text\'s own sentence about the step is its action', () => {
    const events = draftEvents(
      [
        passage('Årshjul', '- November: Teknisk omräkning av budget.\n- Maj: Anta mål för kommande år.'),
        passage('Planering för ett enskilt år', 'I november gör kommunfullmäktige en teknisk omräkning av budget, utifrån yttre faktorer som påverkar kommunen.'),
      ],
      [],
    );
    expect(events.map((e) => [e.fact.title, e.fact.months, e.fact.action])).toEqual([
      ['Teknisk omräkning av budget', [11], 'I november gör kommunfullmäktige en teknisk omräkning av budget, utifrån yttre faktorer som påverkar kommunen.'],
      ['Anta mål för kommande år', [5], 'Anta mål för kommande år.'],
    ]);
  });

  it('When a step\'s first sentence is followed by one that points back at it ("Denna bryts sedan ner …"), then that sentence is part of the action; one that comments on it ("Detta är …") is not', () => {
    const events = draftEvents(
      [
        passage('November–december – Verksamhetsplan respektive verksamhet', 'Respektive enhet tar fram sin verksamhetsplan utifrån förvaltningens plan. Denna bryts sedan ner till planer för varje medarbetare.'),
        passage('Juni – Beslut mål- och budget', 'Mål- och budget beslutas av kommunfullmäktige i juni. Detta är det överordnade styrdokumentet.'),
      ],
      [],
    );
    expect(events.map((e) => e.fact.action)).toEqual([
      'Respektive enhet tar fram sin verksamhetsplan utifrån förvaltningens plan. Denna bryts sedan ner till planer för varje medarbetare.',
      'Mål- och budget beslutas av kommunfullmäktige i juni.',
    ]);
  });
});
