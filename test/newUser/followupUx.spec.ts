import { action, findAll, input, textOf } from '../support/cardQuery';
import { captureLogs } from '../support/captureLogs';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';

const sekr = who('sekr');
const chef = who('chef');
let now = new Date('2026-05-04T08:00:00Z');

describe('Follow-up as a new user meets it (issue 13, points 3 and 6)', () => {
  let t: FollowupTestApp;
  const logs = captureLogs();
  beforeAll(async () => {
    t = await startFollowupApp({ clock: () => now, logger: logs.logger });
  });
  afterAll(() => t.stop());

  it('When the help lists the commands, then no usage or description has angle brackets (Teams hides them as tags)', async () => {
    for (const c of t.app.started.commands) {
      expect(c.usage).not.toMatch(/[<>]/);
      expect(c.description).not.toMatch(/[<>]/);
    }
  });

  it('When a secretary writes "uppföljning", then she gets the status card with a list to pick a unit from, and the pick opens its report', async () => {
    const { card } = await t.say(sekr, 'uppföljning resultatprognos 2026');
    expect(textOf(card)).toContain('Du är inte chef för någon enhet. Välj en enhet i listan för att öppna dess rapport.');
    expect(input(card, 'unit')?.choices.map((c: any) => c.value).sort()).toEqual(['forskola', 'fritid', 'hemtjanst', 'skola']);
    const open = findAll(card, (n) => n.type === 'Action.Execute' && n.title === 'Öppna rapporten')[0];
    expect(open.data).toEqual({ period: 'resultatprognos', year: 2026 });
    const res = await t.invoke(sekr, 'followup.open', { ...open.data, unit: 'hemtjanst' });
    expect(textOf(res.value)).toContain('Hemtjänsten');
  });

  it('When a unit or a nämnd is typed by name, then it is found; an unknown name gets the valid choices', async () => {
    expect(textOf((await t.say(sekr, 'uppföljning resultatprognos 2026 Skolan')).card)).toContain('Skolan');
    const links = await t.say(sekr, 'export resultatprognos 2026 socialnämnden');
    expect(textOf(links.card)).toContain('Socialnämnden');
    expect(textOf(links.card)).not.toContain('Barn- och utbildningsnämnden');
    // Issue 13, point 7: a signed link is a bearer link; the card says what is true of it.
    expect(textOf(links.card)).toContain('(15 minuter). Dela dem inte: den som har länken kan ladda ner filen så länge den gäller.');
    expect(textOf(links.card)).not.toContain('bara för dig');
    const url = findAll(links.card, (n) => n.type === 'Action.OpenUrl')[0].url as string;
    expect((await fetch(url)).status).toBe(200);
    expect(logs.entries().find((e) => e.event === 'export_downloaded')).toMatchObject({ exporter: 'followup', linkFor: expect.any(String) });
    const unknown = await t.say(sekr, 'export resultatprognos 2026 kulturnämnden');
    expect(unknown.text).toBe('Jag hittar ingen nämnd som heter ”kulturnämnden” bland de enheter du kan se. Välj bland: Barn- och utbildningsnämnden, Socialnämnden.');
  });

  it('When the deadline has passed, then the status card says how many are late and by how many days, not-started units first', async () => {
    await t.invoke(chef, 'followup.save', { period: 'resultatprognos', year: 2026, unit: 'skola', etag: null, version: 0, analysis: 'Påbörjad' });
    now = new Date('2026-05-15T08:00:00Z');
    const { card } = await t.say(sekr, 'status resultatprognos 2026');
    const text = textOf(card);
    expect(text).toContain('Sista dag var 10 maj 2026 – 4 enheter är försenade');
    expect(findAll(card, (n) => n.type === 'Container' && n.style === 'attention')).toHaveLength(1);
    expect(text).toMatch(/Förskolan \(ej påbörjad, försenad 5 dagar\)[\s\S]*Skolan \(utkast, försenad 5 dagar\)/);
  });
});
