import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError } from '../../src/shared/errors';
import { createChatSettings } from '../../src/kernel/session/ChatSettings';
import { createDeadlineRepository } from '../../src/features/followup/domain/DeadlineRepository';
import { createFollowupRepository } from '../../src/features/followup/domain/FollowupRepository';
import { saveReport, type SaveInput } from '../../src/features/followup/domain/saveReport';
import { buildFormDefinition } from '../../src/features/followup/domain/formDefinition';
import { followupFormSchema } from '../../src/kernel/knowledge/formSettingsSchema';
import { openStore } from '../../src/platform/store/openStore';
import type { DocumentStore } from '../../src/kernel/store/Collection';
import { followupOrg } from '../support/followupApp';
import { startCosmosServer, type CosmosTestServer } from '../support/cosmosServer';
import { allCollections } from '../support/collections';

let tenantCount = 0;
const newKommun = () => `kommun-${++tenantCount}`;
const org = { id: 'structure' as const, tenant: 'x', sample: false, importedAt: '', bodies: followupOrg.bodies, administrations: followupOrg.administrations, units: followupOrg.units };
const definition = buildFormDefinition(followupFormSchema.parse({}), org, 'skola')!;
const ref = { period: 'resultatprognos', year: 2026, unit: 'skola' };
const answers = { 'economy:budget': '1 000', 'economy:outcome': '400', 'economy:forecast': '1 000', 'goal:b-bun:kunskap:assessment': 'uppfyllt', 'goal:u-skola:lasning:assessment': 'uppfyllt' };

const input = (kommun: string, over: Partial<SaveInput> = {}): SaveInput => ({
  kommun,
  ref,
  placement: { administration: 'buf', body: 'bun' },
  actor: { id: 'chef', name: 'Chef Ett' },
  etag: null,
  intent: 'save',
  raw: answers,
  definition,
  now: new Date('2026-05-02T12:05:00Z'),
  ...over,
});

function embedded() {
  const dir = mkdtempSync(join(tmpdir(), 'followup-repo-'));
  return { open: () => openStore({ kind: 'embedded', dataDir: dir }, allCollections), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

function cosmos() {
  let server: CosmosTestServer | undefined;
  return {
    async open() {
      server = await startCosmosServer();
      return openStore({ kind: 'cosmos', endpoint: server.endpoint, key: server.key, database: `followup-${process.pid}` }, allCollections, { agent: server.agent });
    },
    dispose: async () => server?.close(),
  };
}

describe.each([
  ['embedded (NeDB)', embedded],
  ['Cosmos DB', cosmos],
])('Follow-up repository contract: %s', (_name, makeAdapter) => {
  const adapter = makeAdapter();
  let store: DocumentStore;
  const reports = () => createFollowupRepository(store);

  beforeAll(async () => {
    store = await adapter.open();
  });
  afterAll(async () => {
    await store?.close();
    await adapter.dispose();
  });

  it('When a draft is saved, then exactly it comes back, with version 1, its history and audit fields', async () => {
    const kommun = newKommun();
    const saved = await saveReport(reports(), input(kommun));
    expect(saved.outcome).toBe('saved');
    const got = await reports().get(kommun, ref);
    expect(got).toEqual(saved.outcome === 'saved' && saved.report);
    expect(got?.doc).toMatchObject({
      id: 'resultatprognos:2026:skola', tenant: kommun, kind: 'followup', state: 'draft', version: 1,
      answers: { 'economy:budget': 1000, 'economy:forecast': 1000 }, deviation: { amount: 0, percent: 0, exceedsThreshold: false },
      createdAt: '2026-05-02T12:05:00.000Z', createdBy: 'chef', updatedByName: 'Chef Ett',
    });
    expect(got?.doc.submittedAt).toBeUndefined();
    expect(got?.doc.history).toEqual([{ version: 1, at: '2026-05-02T12:05:00.000Z', by: 'chef', byName: 'Chef Ett', action: 'saved', changed: Object.keys(answers).sort() }]);
  });

  it('When saved again with the current eTag, then the version grows and history says which fields changed', async () => {
    const kommun = newKommun();
    const first = await saveReport(reports(), input(kommun));
    const etag = first.outcome === 'saved' ? first.report.etag : null;
    const second = await saveReport(reports(), input(kommun, { etag, intent: 'submit', actor: { id: 'deputy', name: 'Ersättare Två' }, raw: { ...answers, 'economy:forecast': '1 010' } }));
    expect(second.outcome).toBe('saved');
    const doc = (await reports().get(kommun, ref))!.doc;
    expect(doc).toMatchObject({ state: 'submitted', version: 2, createdBy: 'chef', updatedBy: 'deputy', submittedBy: 'deputy', submittedByName: 'Ersättare Två' });
    expect(doc.history.map((h) => [h.version, h.action, h.changed])).toEqual([[1, 'saved', Object.keys(answers).sort()], [2, 'submitted', ['economy:forecast']]]);
  });

  it('When saved with a stale eTag, then it is a conflict carrying the newer version, and the store is unchanged', async () => {
    const kommun = newKommun();
    const first = await saveReport(reports(), input(kommun));
    const stale = first.outcome === 'saved' ? first.report.etag : null;
    await saveReport(reports(), input(kommun, { etag: stale, raw: { ...answers, analysis: 'Först' } }));
    const before = await reports().get(kommun, ref);
    const late = await saveReport(reports(), input(kommun, { etag: stale, raw: { ...answers, analysis: 'Sen' } }));
    expect(late).toEqual({ outcome: 'conflict', current: before });
    expect(await reports().get(kommun, ref)).toEqual(before);
  });

  it('When two first saves race, then one is written and the other is told of the conflict', async () => {
    const kommun = newKommun();
    const results = await Promise.all([saveReport(reports(), input(kommun, { raw: { ...answers, analysis: 'A' } })), saveReport(reports(), input(kommun, { raw: { ...answers, analysis: 'B' } }))]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['conflict', 'saved']);
    const winner = results.find((r) => r.outcome === 'saved');
    expect((await reports().get(kommun, ref))?.doc.answers.analysis).toBe(winner?.outcome === 'saved' && winner.report.doc.answers.analysis);
  });

  it('When a stored write races past the read, then replace refuses the stale eTag with a ConflictError', async () => {
    const kommun = newKommun();
    const first = await saveReport(reports(), input(kommun));
    if (first.outcome !== 'saved') throw new Error('not saved');
    await reports().replace({ ...first.report.doc, version: 2 }, first.report.etag);
    await expect(reports().replace({ ...first.report.doc, version: 3 }, first.report.etag)).rejects.toBeInstanceOf(ConflictError);
  });

  it('When a period is listed, then only that kommun\'s reports of that period and year come back, by unit', async () => {
    const kommun = newKommun();
    await saveReport(reports(), input(kommun, { ref: { ...ref, unit: 'skola' } }));
    await saveReport(reports(), input(kommun, { ref: { ...ref, unit: 'forskola' } }));
    await saveReport(reports(), input(kommun, { ref: { ...ref, year: 2025 } }));
    await saveReport(reports(), input(kommun, { ref: { ...ref, period: 'delarsrapport' } }));
    await saveReport(reports(), input(newKommun()));
    expect((await reports().listPeriod(kommun, 'resultatprognos', 2026)).map((r) => r.unit)).toEqual(['forskola', 'skola']);
  });

  it('When an admin overrides a deadline, then it is read back per kommun, period and year, beside the chat settings', async () => {
    const kommun = newKommun();
    const deadlines = createDeadlineRepository(store);
    await deadlines.set(kommun, { period: 'resultatprognos', year: 2026, deadline: '2026-05-20', changedBy: 'admin', changedAt: '2026-05-01T00:00:00Z' });
    await createChatSettings(store).setKommun({ id: 'a:chat', tenant: kommun, kommun: 'provkommun', changedBy: 'admin', changedAt: '' });
    expect(await deadlines.get(kommun, 'resultatprognos', 2026)).toBe('2026-05-20');
    expect(await deadlines.get(kommun, 'resultatprognos', 2027)).toBeUndefined();
    expect(await deadlines.get(newKommun(), 'resultatprognos', 2026)).toBeUndefined();
    await deadlines.set(kommun, { period: 'resultatprognos', year: 2026, deadline: '2026-05-25', changedBy: 'admin', changedAt: '2026-05-02T00:00:00Z' });
    expect(await deadlines.get(kommun, 'resultatprognos', 2026)).toBe('2026-05-25');
  });
});
