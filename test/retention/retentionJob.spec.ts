import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { AuditTrail } from '../../src/kernel/audit/AuditTrail';
import { Lease } from '../../src/kernel/jobs/Lease';
import { kernelRetention } from '../../src/kernel/retention/kernelRetention';
import { RetentionPolicy } from '../../src/kernel/retention/RetentionPolicy';
import { retentionJob } from '../../src/kernel/retention/retentionJob';
import type { DocumentStore, StoredDoc } from '../../src/kernel/store/Collection';
import { openStore } from '../../src/platform/store/openStore';
import { captureLogs } from '../support/captureLogs';
import { allCollections } from '../support/collections';
import { failingWrites } from '../support/failingStore';

type Doc = StoredDoc & Record<string, unknown>;
const now = new Date('2027-03-01T01:15:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('The gallring job and the audit trail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'retention-job-'));
  let store: DocumentStore;

  beforeAll(async () => {
    store = await openStore({ kind: 'embedded', dataDir: dir }, allCollections);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('When the nightly job runs on two instances, then only the holder of the scheduler lease deletes, every kommun of the app, and it logs how much', async () => {
    const policy = new RetentionPolicy(kernelRetention, allCollections);
    for (const kommun of ['ange', 'alingsas']) await store.collection<Doc>('audit').create({ id: 'old', tenant: kommun, by: 'x', what: 'command:frist', at: daysAgo(731) });
    const logs = captureLogs();
    const job = (lease: Lease) => retentionJob({ store, policy, lease, kommuner: () => ['ange', 'alingsas'], logger: logs.logger });
    const holder = new Lease(store, 'scheduler', 60_000, () => now);
    expect(await holder.acquire()).toBe(true);
    const other = job(new Lease(store, 'scheduler', 60_000, () => now));
    expect([other.name, other.pattern]).toEqual(['retention', '0 15 2 * * *']);
    expect(await other.run(now)).toBeUndefined();
    expect(await store.collection<Doc>('audit').get('ange', 'old')).toBeDefined();
    expect(await job(holder).run(now)).toMatchObject({ audit: 2 });
    expect(await store.collection<Doc>('audit').find('alingsas')).toEqual([]);
    expect(logs.entries().find((e) => e.event === 'retention_done')?.deleted).toMatchObject({ audit: 2 });
  });

  it('When the audit entry cannot be written, then the action is not stopped and the entry is in the error log, people as pseudonyms', async () => {
    const logs = captureLogs();
    const trail = new AuditTrail(failingWrites(store, 'audit', { on: true }), () => now, logs.logger);
    await expect(trail.record({ kommun: 'ange', userId: '29:x', person: { id: 'anna.admin', tenant: 'ange', name: 'Anna', roles: [{ role: 'admin' }] } }, { what: 'personuppgifter:radera', subject: 'bo.berg', outcome: 'done' })).resolves.toBeUndefined();
    const entry = logs.entries().find((e) => e.event === 'audit_not_written');
    expect(entry).toMatchObject({ level: 50, kommun: 'ange', what: 'personuppgifter:radera', at: now.toISOString() });
    expect(JSON.stringify(entry)).not.toMatch(/anna\.admin|bo\.berg/);
  });

  it('When someone without the admin role acts, then the edge\'s hook records nothing', async () => {
    const trail = new AuditTrail(store, () => now, pino({ level: 'silent' }));
    await trail.adminAction({ kommun: 'ange', userId: '29:y', person: { id: 'chef', tenant: 'ange', name: 'C', roles: [{ role: 'chef', unit: 'u' }] } }, 'command:roller');
    await trail.adminAction({ kommun: 'ange', userId: '29:z' }, 'command:roller');
    expect((await store.collection<Doc>('audit').find('ange')).filter((e) => e.doc.what === 'command:roller')).toEqual([]);
  });
});
