import { PackRegistry } from '../../src/kernel/knowledge/PackRegistry';
import { yearCycleCard } from '../../src/features/qa/cycleCard';
import { findAll, textOf } from '../support/cardQuery';
import { validateCard } from '../support/validateCard';

const packs = PackRegistry.load();

describe('The whole-year årshjul (issue 13, point 4)', () => {
  it.each(packs.ids())('When %s\'s year is shown, then every month has its row with a tap for the month, July included, and no step is dropped', (kommun) => {
    const pack = packs.get(kommun);
    const card = yearCycleCard(pack);
    expect(validateCard(card).failures).toEqual([]);
    const rows = findAll(card, (n) => n.type === 'ColumnSet');
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.selectAction.data.command)).toEqual(['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'].map((m) => `årshjul ${m}`));
    const text = textOf(card);
    for (const e of pack.events) expect(text).toContain(e.title);
    expect(text).not.toContain('…');
  });

  it('When Hallstahammar\'s July is read, then the steps running June–September are there', () => {
    const july = findAll(yearCycleCard(packs.get('hallstahammar')), (n) => n.type === 'ColumnSet')[6];
    expect(textOf(july)).toContain('Risk- och väsentlighetsanalys intern kontroll (juni–september)');
  });
});
