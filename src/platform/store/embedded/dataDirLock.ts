import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../../shared/errors';

/** An exclusive claim on a data directory; release it when the store closes. */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/**
 * Lock files held by this process. A lock file with our own pid is only ours if it is in here:
 * otherwise it was left by an earlier process that had the same pid (a container's pid 1).
 */
const heldHere = new Set<string>();

/**
 * Claims `<dataDir>/.lock` for this process. NeDB keeps each datafile in memory and appends to it,
 * so two processes on one directory would silently overwrite each other's writes. A lock whose
 * process is gone (a crash, SIGKILL) is taken over. Assumes one host: the pid is checked locally.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, '.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path)) {
      heldHere.add(path);
      return { path, release: () => release(path) };
    }
    const owner = readOwner(path);
    if (owner !== undefined && isAlive(owner, path)) {
      throw new StoreUnavailableError(
        `Datakatalogen ${dataDir} används redan av process ${owner} — stoppa boten först (kör ingen bot: ta bort ${path}) / ` +
          `data directory in use by process ${owner} — stop the bot first (if none is running, delete ${path})`,
      );
    }
    removeStale(path);
  }
  throw new StoreUnavailableError(`Kunde inte låsa datakatalogen ${dataDir} / could not lock the data directory`);
}

function tryCreate(path: string): boolean {
  try {
    writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreUnavailableError(`Kunde inte skapa ${path}`, { cause: e });
  }
}

/** The pid in the lock file; undefined when the file vanished or holds no pid (a torn write: stale). */
function readOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function isAlive(pid: number, path: string): boolean {
  if (pid === process.pid) return heldHere.has(path);
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeStale(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

function release(path: string): void {
  if (!heldHere.delete(path)) return;
  removeStale(path);
}
