import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from '../src/shared/errors';
import { NedbStore } from '../src/platform/store/embedded/NedbStore';
import { tempDataDir } from './support/testApp';
import { allCollections } from './support/collections';

/** Starts test/support/writeThenHang.ts, which opens a NedbStore in `dir` and keeps it open. */
async function otherBot(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'support', 'writeThenHang.ts'), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('written') && resolve());
    child.once('exit', (code) => reject(new Error(`writeThenHang ended (${code}) before writing`)));
  });
  return child;
}

/** The pid of a process that has certainly ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

const lockOf = (dir: string) => join(dir, '.lock');

describe('Data directory lock (embedded store)', () => {
  it('When a store is open, then .lock holds this pid; after close it is gone', async () => {
    const dir = tempDataDir();
    const store = await NedbStore.open(dir, allCollections);
    expect(readFileSync(lockOf(dir), 'utf8').trim()).toBe(String(process.pid));
    await store.close();
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it('When another process has the directory open, then opening it fails in Swedish and English, naming that process', async () => {
    const dir = tempDataDir();
    const child = await otherBot(dir);
    try {
      const failure = await NedbStore.open(dir, allCollections).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(StoreUnavailableError);
      expect((failure as Error).message).toContain(`används redan av process ${child.pid} — stoppa boten först`);
      expect((failure as Error).message).toContain(`data directory in use by process ${child.pid}`);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    // Killed without closing: its lock is stale now and is taken over.
    const store = await NedbStore.open(dir, allCollections);
    expect(readFileSync(lockOf(dir), 'utf8').trim()).toBe(String(process.pid));
    await store.close();
  });

  it('When the same directory is opened twice in one process, then the second open is refused', async () => {
    const dir = tempDataDir();
    const store = await NedbStore.open(dir, allCollections);
    await expect(NedbStore.open(dir, allCollections)).rejects.toThrow(`används redan av process ${process.pid}`);
    await store.close();
  });

  it('When the lock was left by a process that is gone, then it is taken over', async () => {
    const dir = tempDataDir();
    writeFileSync(lockOf(dir), `${await deadPid()}\n`);
    const store = await NedbStore.open(dir, allCollections);
    expect(readFileSync(lockOf(dir), 'utf8').trim()).toBe(String(process.pid));
    await store.close();
  });

  it('When the lock holds our own pid but no store of ours (a restarted container is pid 1 again), then it is taken over', async () => {
    const dir = tempDataDir();
    writeFileSync(lockOf(dir), `${process.pid}\n`);
    const store = await NedbStore.open(dir, allCollections);
    await store.close();
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it('When the lock file is empty or garbled (torn write), then it is treated as stale', async () => {
    const dir = tempDataDir();
    writeFileSync(lockOf(dir), '');
    const store = await NedbStore.open(dir, allCollections);
    await store.close();
  });
});
