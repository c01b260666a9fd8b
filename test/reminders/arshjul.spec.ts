import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkingCalendar } from '../../src/kernel/calendar/WorkingCalendar';
import { MeetingCalendar } from '../../src/kernel/deadlines/MeetingCalendar';
import { PackRegistry } from '../../src/kernel/knowledge/PackRegistry';
import { importOrg } from '../../src/kernel/org/importOrg';
import { createOrgRepository } from '../../src/kernel/org/OrgRepository';
import { parseOrgFile } from '../../src/kernel/org/parseOrgFile';
import { sampleOrgDir } from '../../src/kernel/org/seedSampleOrg';
import type { DocumentStore } from '../../src/kernel/store/Collection';
import { arshjulSource } from '../../src/features/reminders/domain/arshjulSource';
import { modelBodies } from '../../src/kernel/knowledge/modelBodies';
import { openStore } from '../../src/platform/store/openStore';
import { tempDataDir } from '../support/testApp';

const packs = PackRegistry.load();

describe('The annual cycle as deadlines (decisions of the governance model with a month and a body)', () => {
  let store: DocumentStore;
  let meetings: MeetingCalendar;
  let source: ReturnType<typeof arshjulSource>;

  beforeAll(async () => {
    store = await openStore({ kind: 'embedded', dataDir: tempDataDir(), timeoutMs: 4000 }, ['org', 'people', 'meetings']);
    const org = createOrgRepository(store);
    for (const [kommun, ext] of [['hallstahammar', 'yaml'], ['ange', 'csv'], ['alingsas', 'yaml']] as const) {
      await importOrg(org, parseOrgFile(readFileSync(join(sampleOrgDir, `${kommun}.sample.${ext}`), 'utf8'), ext));
    }
    meetings = new MeetingCalendar(store, () => new Date());
    source = arshjulSource({ packs, org, meetings, calendar: new WorkingCalendar(), papersLeadDays: 14 });
  });
  afterAll(() => store.close());

  it('When the model says "Nämnderna" and the organisation has two nämnder, then both are meant; KF and KS are found by name and abbreviation', async () => {
    const structure = await createOrgRepository(store).getStructure('hallstahammar');
    const meant = modelBodies(packs.get('hallstahammar').bodies, structure!.bodies);
    expect(meant.get('namnderna')).toEqual(['bun', 'sn']);
    expect(meant.get('kommunfullmaktige')).toEqual(['kf']);
    expect(meant.get('kommunstyrelsen')).toEqual(['ks']);
  });

  it('When a nämnd has no meeting in the month, then the internal control plan is due the month\'s last working day, said to be a default', async () => {
    const ikp = (await source.deadlines('hallstahammar', 2026)).find((d) => d.key === 'internkontrollplan:2026:bun');
    expect(ikp).toMatchObject({ kind: 'decision', due: '2026-12-30', assignees: [{ kind: 'body', id: 'bun' }], reference: { document: 'styrmodell' } });
    expect(ikp?.dueNote).toMatch(/^Standarddatum: sista arbetsdagen i december\. Inget sammanträde i december finns inläst/);
    expect(ikp?.why).toMatch(/^Internkontrollplanen .* av nämnderna och kommunstyrelsen senast i december\.$/);
  });

  it('When the nämnd\'s meeting calendar is imported, then the decision is due at its meeting, with papers due 14 days before (on a working day)', async () => {
    await meetings.replace('hallstahammar', [{ body: 'bun', date: '2026-12-09', time: '13:00' }]);
    const ikp = (await source.deadlines('hallstahammar', 2026)).find((d) => d.key === 'internkontrollplan:2026:bun');
    expect(ikp?.due).toBe('2026-12-09');
    expect(ikp?.dueNote).toBe('Vid sammanträdet 9 december 2026 kl. 13:00; handlingar senast 25 november 2026.');
  });

  it('When a decision is made only some years, then it is planned in those years only ("valår"), and never when it is "vid behov"', async () => {
    const keys = async (year: number) => (await source.deadlines('ange', year)).map((d) => d.key.split(':')[0]);
    expect(await keys(2026)).toContain('mandatmal-beredning');
    expect(await keys(2027)).not.toContain('mandatmal-beredning');
    expect(await keys(2027)).toContain('mal-mandatperioden');
    expect([...(await keys(2026)), ...(await keys(2027))]).not.toContain('revidering-kf-mal');
  });

  it('When the model names no month for its decisions (Alingsås), then the annual cycle gives no deadlines: nothing is guessed', async () => {
    expect(await source.deadlines('alingsas', 2026)).toEqual([]);
  });
});
