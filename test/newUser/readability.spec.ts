import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cardsDir } from '../../src/kernel/cards/renderCard';
import { findAll, textOf } from '../support/cardQuery';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';

const templates = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? templates(join(dir, f)) : f.endsWith('.json') ? [join(dir, f)] : []));

describe('Readable cards (issue 13, point 9)', () => {
  it('When any card template is read, then no text is yellow: warnings and notices are containers in a style Teams keeps readable in every theme', () => {
    for (const file of templates(cardsDir)) {
      const text = readFileSync(file, 'utf8');
      expect({ file, yellow: /"color": "Warning"/.test(text), noticeText: text.includes('${notice.color}') }).toEqual({ file, yellow: false, noticeText: false });
    }
  });

  describe('over HTTP', () => {
    let t: FollowupTestApp;
    const chef = who('chef');
    const sekr = who('sekr');
    beforeAll(async () => {
      t = await startFollowupApp({ clock: () => new Date('2026-05-04T08:00:00Z') });
    });
    afterAll(() => t.stop());

    it('When a report is submitted, then the receipt shows the written answers under their questions, not only goals and figures', async () => {
      const res = await t.invoke(chef, 'followup.submit', {
        period: 'resultatprognos', year: 2026, unit: 'skola', etag: null, version: 0,
        'goal:b-bun:kunskap:assessment': 'uppfyllt', 'goal:u-skola:lasning:assessment': 'delvis uppfyllt', 'goal:u-skola:lasning:comment': 'Läsförståelsen ökar men når inte målvärdet.',
        'economy:budget': '12 000', 'economy:outcome': '4 100', 'economy:forecast': '12 100', 'personnel:sickLeave': '5,8', analysis: 'Fler elever i behov av **särskilt** stöd.', actions: 'Extra lästräning under hösten.',
      });
      const text = textOf(res.value);
      expect(text).toContain('Skrivna svar');
      expect(text).toMatch(/Alla läser med förståelse i åk 3 – kommentar[\s\S]*Läsförståelsen ökar men når inte målvärdet\./);
      expect(text).toContain('Fler elever i behov av \\*\\*särskilt\\*\\* stöd.');
      expect(text).toContain('Extra lästräning under hösten.');
      // Figures outside the economy rows (sick leave, indicators) are shown too, as entered.
      expect(text).toMatch(/Övriga svar[\s\S]*Sjukfrånvaro \(%\)[\s\S]*5,8/);
    });

    it('When Påminn reports what happened, then the result is a notice container, not yellow text', async () => {
      const res = await t.invoke(sekr, 'followup.remind', { period: 'resultatprognos', year: 2026 });
      const notices = findAll(res.value, (n) => n.type === 'Container' && ['good', 'warning', 'attention'].includes(n.style));
      expect(notices.map((n) => textOf(n)).join(' ')).toMatch(/Kan inte nås ännu/);
    });
  });
});
