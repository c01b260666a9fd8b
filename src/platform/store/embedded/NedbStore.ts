import Datastore from '@seald-io/nedb';
import { existsSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../../shared/errors';
import { acquireDataDirLock, type DataDirLock } from './dataDirLock';
import type { Collection, DocumentStore, StoredDoc } from '../../../kernel/store/Collection';
import { defaultTimeoutMs, NedbCollection, type Row } from './NedbCollection';

/**
 * NeDB appends one JSON line per write. A crash in the middle of an append leaves a torn last line
 * (no newline), which NeDB counts as corruption and, in a small file, refuses to load at all. That
 * write was never acknowledged, so it is dropped here; damage anywhere else is still NeDB's to judge.
 */
function dropTornTail(filename: string): void {
  if (!existsSync(filename)) return;
  const data = readFileSync(filename);
  if (data.length === 0 || data[data.length - 1] === 0x0a) return;
  truncateSync(filename, data.lastIndexOf(0x0a) + 1);
}

/** The zero-setup durable store: NeDB datafiles under `dataDir`. */
export class NedbStore implements DocumentStore {
  readonly kind = 'embedded' as const;
  private readonly dbs = new Map<string, Datastore>();

  private constructor(
    private readonly dataDir: string,
    private readonly names: readonly string[],
    private readonly lock: DataDirLock,
    private readonly timeoutMs: number,
  ) {}

  /** Locks the directory against a second process, then opens (and creates) the named collections' datafiles. */
  static async open(dataDir: string, names: readonly string[], options: { timeoutMs?: number } = {}): Promise<NedbStore> {
    mkdirSync(dataDir, { recursive: true });
    const store = new NedbStore(dataDir, names, acquireDataDirLock(dataDir), options.timeoutMs ?? defaultTimeoutMs);
    try {
      await store.load();
    } catch (e) {
      store.lock.release();
      throw e;
    }
    return store;
  }

  private async load(): Promise<void> {
    const { dataDir } = this;
    for (const name of this.names) {
      const filename = join(dataDir, `${name}.db`);
      const db = new Datastore({ filename });
      try {
        dropTornTail(filename);
        await db.loadDatabaseAsync();
      } catch (e) {
        throw new StoreUnavailableError(`Kunde inte öppna ${name}.db i ${dataDir}`, { cause: e });
      }
      await db.ensureIndexAsync({ fieldName: 'tenant' });
      this.dbs.set(name, db);
    }
  }

  collection<T extends StoredDoc>(name: string): Collection<T> {
    const db = this.dbs.get(name);
    if (!db) throw new StoreUnavailableError(`Samlingen ${name} är inte öppen`);
    return new NedbCollection<T>(db as unknown as Datastore<Row<T>>, name, this.timeoutMs);
  }

  async ping(): Promise<void> {
    if (this.dbs.size !== this.names.length) throw new StoreUnavailableError('Lagret är stängt');
  }

  /** Compacts every datafile (rewrites it without superseded lines), closes and releases the directory lock. */
  async close(): Promise<void> {
    try {
      for (const db of this.dbs.values()) await db.compactDatafileAsync();
    } finally {
      this.dbs.clear();
      this.lock.release();
    }
  }

  toString(): string {
    return `embedded store at ${this.dataDir}`;
  }
}
