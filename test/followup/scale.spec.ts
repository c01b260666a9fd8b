import ExcelJS from 'exceljs';
import { statusCard, maxPicked, missingPerPage, type StatusRef } from '../../src/features/followup/cards/statusCard';
import { describeReminders } from '../../src/features/followup/statusActions';
import { resolvePeriod } from '../../src/features/followup/domain/periods';
import { messageBytes, teamsMessageLimit } from '../../src/kernel/cards/messageSize';
import { summarizeStatus, type UnitRecord } from '../../src/kernel/forms/statusSummary';
import { orgFileSchema, type OrgStructure } from '../../src/kernel/org/orgSchema';
import { openStore } from '../../src/platform/store/openStore';
import { action, findAll, input, textOf } from '../support/cardQuery';
import { allCollections } from '../support/collections';
import { countingStore } from '../support/countingStore';
import { startFollowupApp, who, type FollowupTestApp } from '../support/followupApp';
import { largeKommunOrg, largeKommunReports, largeKommunSize, seedLargeKommun } from '../support/largeKommun';
import { validateCard } from '../support/validateCard';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = orgFileSchema.parse(largeKommunOrg('provkommun'));
const org: OrgStructure = { id: 'structure', tenant: 'provkommun', sample: false, importedAt: '2026-01-01T00:00:00Z', bodies: file.bodies, administrations: file.administrations, units: file.units };
const reports: UnitRecord[] = largeKommunReports(file, 'resultatprognos', 2026);
const summary = summarizeStatus(org, reports, () => true);
const missing = summary.groups.flatMap((g) => g.units).filter((u) => u.state !== 'submitted').map((u) => u.unit.id);
const period = resolvePeriod({ id: 'resultatprognos', name: 'Resultatprognos', aliases: [], asOf: '04-30', unitDeadline: '05-10', deadlineNextYear: false, description: '', terms: [], source: { document: 'x', section: 'y' } }, 2026);
const card = (view: Partial<StatusRef> = {}, today = '2026-05-20') => statusCard(period, summary, { canRemind: true, today, view });

/** Valid for the adaptivecards parser and under Teams' recommended 80 KB, counted in UTF-16 as Teams does. */
function expectSendable(c: object): void {
  expect(validateCard(c).failures).toEqual([]);
  expect(messageBytes(c)).toBeLessThan(teamsMessageLimit.recommendedBytes);
}

describe('A large kommun (2,000 units, 12 nämnder, 20,000 people): the status card', () => {
  it('When the generated organisation is checked, then it has the promised size and no broken references', () => {
    expect([file.units.length, file.bodies.filter((b) => b.kind !== 'fullmaktige').length, file.people.length]).toEqual([largeKommunSize.units, largeKommunSize.bodies, largeKommunSize.people]);
    expect(largeKommunOrg('provkommun')).toEqual(largeKommunOrg('provkommun'));
  });

  it('When a secretary opens the status of the whole kommun, then it is one row per nämnd with "Visa" and a page of missing units, valid and under the limit', () => {
    const c = card();
    expectSendable(c);
    const visa = findAll(c, (n) => n.type === 'Action.Execute' && n.title === 'Visa');
    expect(visa.map((a) => a.data.body).sort()).toEqual(file.bodies.filter((b) => b.kind !== 'fullmaktige').map((b) => b.id).sort());
    expect(textOf(c)).toContain(`Saknas 1–${missingPerPage} av ${missing.length}`);
    expect(input(c, 'unit')).toBeUndefined();
    expect(action(c, 'followup.remind')?.data).toEqual({ period: 'resultatprognos', year: 2026 });
  });

  it('When Nästa is pressed until there is none, then every missing unit was on exactly one page, and Föregående goes back', () => {
    const seen: string[] = [];
    let view: Partial<StatusRef> | undefined = {};
    let pages = 0;
    while (view) {
      const c = card(view);
      expectSendable(c);
      seen.push(...findAll(c, (n) => n.selectAction?.verb === 'followup.open').map((n) => n.selectAction.data.unit));
      const next = findAll(c, (n) => n.type === 'Action.Execute' && n.title === 'Nästa')[0];
      if (pages === 1) expect(findAll(c, (n) => n.title === 'Föregående')[0].data).toMatchObject({ page: 1 });
      view = next?.data;
      pages++;
    }
    expect(pages).toBe(Math.ceil(missing.length / missingPerPage));
    expect(seen.sort()).toEqual([...missing].sort());
  });

  it('When a nämnd and then a förvaltning is shown, then each card is under the limit, and a förvaltning small enough gets a picker of all its units', () => {
    for (const body of new Set(org.administrations.map((a) => a.body))) expectSendable(card({ body }));
    let picked = 0;
    for (const a of org.administrations) {
      const c = card({ administration: a.id });
      expectSendable(c);
      const units = org.units.filter((u) => u.administration === a.id);
      const choices = input(c, 'unit')?.choices ?? [];
      expect(choices).toHaveLength(units.length <= maxPicked ? units.length : 0);
      picked += choices.length;
      expect(action(c, 'followup.status')).toBeDefined();
      expect(findAll(c, (n) => n.title?.startsWith?.('Tillbaka till'))[0].data).toEqual({ period: 'resultatprognos', year: 2026, body: a.body });
    }
    expect(picked).toBeGreaterThan(0);
  });

  it('When "Påminn" reached 1,500 chiefs, then the notice names ten and counts the rest, and the card stays under the limit', () => {
    const people = Array.from({ length: 1500 }, (_, i) => ({ name: `Chef med ett långt namn ${i}` }));
    const text = describeReminders({ sent: people, waiting: [], noReference: people, failed: [], skipped: [], withoutChief: [] } as never);
    expect(text).toContain('och 1490 till');
    expectSendable(statusCard(period, summary, { canRemind: true, notice: { text, color: 'Good' } }));
  });
});

describe('A large kommun over HTTP: status and export read the store a fixed number of times', () => {
  const sekr = who('p-sekr');
  let t: FollowupTestApp;
  let store: ReturnType<typeof countingStore>;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scale-'));
    store = countingStore(await openStore({ kind: 'embedded', dataDir: dir }, allCollections));
    t = await startFollowupApp({ store, clock: () => new Date('2026-05-20T10:00:00Z') });
  }, 60_000);
  afterAll(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const callsOf = async (run: () => Promise<unknown>) => {
    store.reset();
    await run();
    return store.calls.map((c) => `${c.collection}.${c.op}`);
  };
  const statusTurn = () => t.say(who('sekr'), 'status resultatprognos 2026');

  it('When the kommun grows from 4 to 2,000 units with 2,000 reports, then a status turn and an export make as many store calls as before, and the export has every unit', async () => {
    await statusTurn(); // the first turn of a conversation also stores its reference
    const small = await callsOf(statusTurn);
    const smallExport = await exportCalls(t, who('sekr'));

    await seedLargeKommun(t.app.org, 'provkommun');
    // The fixture's secretary stays (kommun-wide) so both measurements are the same person's.
    await t.app.org.savePerson({ id: 'sekr', tenant: 'provkommun', name: 'Sekreterare Sex', aadObjectId: 'aad-sekr', roles: [{ role: 'secretary' }] });
    for (const r of largeKommunReports(file, 'resultatprognos', 2026)) await t.reports.create(r);

    const large = await callsOf(statusTurn);
    expect(large).toEqual(small);
    const c = (await statusTurn()).card;
    expectSendable(c);
    expect(textOf(c)).toContain(`Saknas 1–${missingPerPage} av ${missing.length}`);

    const next = await t.invoke(sekr, 'followup.status', findAll(c, (n) => n.title === 'Nästa')[0].data);
    expect(textOf(next.value)).toContain(`Saknas ${missingPerPage + 1}–${2 * missingPerPage} av ${missing.length} (sida 2 av`);
    expectSendable(next.value);

    const largeExport = await exportCalls(t, who('sekr'));
    expect(largeExport.calls).toEqual(smallExport.calls);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(largeExport.xlsx as never);
    expect(book.getWorksheet('Enheter')!.rowCount).toBe(1 + largeKommunSize.units);
    const csvUnits = new Set(largeExport.csv.split('\r\n').slice(1).filter(Boolean).map((l) => l.split(';')[2]));
    expect(csvUnits.size).toBe(largeKommunSize.units);
  }, 120_000);

  /** The store calls of downloading the CSV and the Excel file of the period, and the files. */
  async function exportCalls(app: FollowupTestApp, user: ReturnType<typeof who>) {
    const links = (await app.say(user, 'export resultatprognos 2026')).card;
    const [csvUrl, xlsxUrl] = findAll(links, (n) => n.type === 'Action.OpenUrl').map((a) => a.url as string);
    let csv = '';
    let xlsx = Buffer.alloc(0);
    const calls = await callsOf(async () => {
      csv = await (await fetch(csvUrl)).text();
      xlsx = Buffer.from(await (await fetch(xlsxUrl)).arrayBuffer());
    });
    return { calls, csv, xlsx };
  }
});
