import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredDoc } from '../src/kernel/store/Collection';
import { NedbStore } from '../src/platform/store/embedded/NedbStore';
import { allCollections } from './support/collections';

interface Note extends StoredDoc {
  title: string;
}

const tenant = 'hallstahammar';
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'store-durability-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs test/support/writeThenHang.ts until it has written, then kills it without any chance to close. */
async function writeThenCrash(dir: string): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'support', 'writeThenHang.ts'), dir], {
    cwd: join(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('written') && resolve());
    child.once('exit', (code) => reject(new Error(`writeThenHang ended (${code}) before writing: ${stderr}`)));
  });
  child.kill('SIGKILL');
  return exited;
}

describe('Embedded store durability', () => {
  it('When the store is closed and reopened, then every write is still there', async () => {
    const first = await NedbStore.open(dataDir, allCollections);
    const notes = first.collection<Note>('questions');
    const one = await notes.create({ id: 'ett', tenant, title: 'Fråga ett' });
    await notes.replace({ id: 'ett', tenant, title: 'Fråga ett, ändrad' }, one.etag);
    await notes.create({ id: 'två', tenant, title: 'Fråga två' });
    await notes.delete(tenant, 'två');
    await first.close();

    const reopened = await NedbStore.open(dataDir, allCollections);
    const again = reopened.collection<Note>('questions');
    expect((await again.get(tenant, 'ett'))?.doc.title).toBe('Fråga ett, ändrad');
    await expect(again.get(tenant, 'två')).resolves.toBeUndefined();
    await reopened.close();
  });

  it('When the process is killed (SIGKILL) without closing, then the acknowledged writes survive', async () => {
    await expect(writeThenCrash(dataDir)).resolves.toBe('SIGKILL');

    const reopened = await NedbStore.open(dataDir, allCollections);
    const notes = reopened.collection<Note>('questions');
    const titles = (await notes.find(tenant, {}, { orderBy: { field: 'title' } })).map((v) => v.doc.title);
    expect(titles).toEqual(['Fråga ett', 'Fråga två, ändrad']);
    expect((await reopened.collection<Note>('chatSettings').get(tenant, 'språk'))?.doc.title).toBe('sv');
    await reopened.close();
  });

  it('When a crash tore the last line of a datafile, then the store still opens and keeps the rest', async () => {
    const first = await NedbStore.open(dataDir, allCollections);
    await first.collection<Note>('questions').create({ id: 'ett', tenant, title: 'Fråga ett' });
    await first.collection<Note>('questions').create({ id: 'två', tenant, title: 'Fråga två' });
    await first.close();
    appendFileSync(join(dataDir, 'questions.db'), '{"id":"tre","tenant":"hallst');

    const reopened = await NedbStore.open(dataDir, allCollections);
    await reopened.collection<Note>('questions').create({ id: 'fyra', tenant, title: 'Fråga fyra' });
    await reopened.close();
    const third = await NedbStore.open(dataDir, allCollections);
    const ids = (await third.collection<Note>('questions').find(tenant)).map((v) => v.doc.id).sort();
    expect(ids).toEqual(['ett', 'fyra', 'två']);
    await third.close();
  });
});
