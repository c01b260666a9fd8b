import type { DocumentStore } from '../store/Collection';
import type { Deadline, DeadlineDraft } from './Deadline';

export const deadlineId = (source: string, key: string) => `${source}:${key}`;

/** What an admin does to a deadline. */
export type DeadlineChange = { kind: 'move'; due: string } | { kind: 'cancel' } | { kind: 'done' } | { kind: 'reopen' };

/** The 'deadlines' collection (partition: kommun): sources sync into it, admins change it, the planner reads it. */
export class DeadlineStore {
  private readonly docs;

  constructor(store: DocumentStore, private readonly clock: () => Date) {
    this.docs = store.collection<Deadline>('deadlines');
  }

  get(kommun: string, id: string): Promise<Deadline | undefined> {
    return this.docs.get(kommun, id).then((v) => v?.doc);
  }

  /** The deadlines of these years (every status). */
  async ofYears(kommun: string, years: number[]): Promise<Deadline[]> {
    return (await this.docs.find(kommun, { year: years })).map((v) => v.doc);
  }

  /**
   * Writes a source's deadlines for a year: new ones are created, changed ones updated (keeping an
   * admin's move, cancellation or done), and active ones the source no longer proposes cancelled.
   * Returns how many documents were written.
   */
  async sync(kommun: string, source: string, year: number, drafts: DeadlineDraft[]): Promise<number> {
    const existing = new Map((await this.docs.find(kommun, { source, year })).map((v) => [v.doc.id, v]));
    const now = this.clock().toISOString();
    let writes = 0;
    for (const { key, ...draft } of drafts) {
      const id = deadlineId(source, key);
      const old = existing.get(id)?.doc;
      existing.delete(id);
      const next: Deadline = {
        ...draft,
        id,
        tenant: kommun,
        source,
        status: old?.status === 'cancelled' && !old.closed ? 'active' : (old?.status ?? 'active'),
        ...(old?.moved ? { due: old.due, moved: { ...old.moved, from: draft.due } } : {}),
        ...(old?.closed ? { closed: old.closed } : {}),
        updatedAt: old?.updatedAt ?? now,
      };
      if (old && same(old, next)) continue;
      await this.docs.upsert({ ...next, updatedAt: now });
      writes++;
    }
    for (const gone of existing.values()) {
      if (gone.doc.status !== 'active') continue;
      await this.docs.upsert({ ...gone.doc, status: 'cancelled', updatedAt: now });
      writes++;
    }
    return writes;
  }

  /** An admin's own deadline (source 'admin'). */
  async add(kommun: string, draft: DeadlineDraft): Promise<Deadline> {
    const { key, ...rest } = draft;
    const doc: Deadline = { ...rest, id: deadlineId('admin', key), tenant: kommun, source: 'admin', status: 'active', updatedAt: this.clock().toISOString() };
    return (await this.docs.create(doc)).doc;
  }

  /** Moves, cancels, closes or reopens a deadline; undefined when it does not exist. */
  async change(kommun: string, id: string, change: DeadlineChange, by: string): Promise<Deadline | undefined> {
    const found = await this.docs.get(kommun, id);
    if (!found) return undefined;
    const at = this.clock().toISOString();
    const d = found.doc;
    const next: Deadline =
      change.kind === 'move'
        ? { ...d, due: change.due, moved: { from: d.moved?.from ?? d.due, by, at }, status: 'active', closed: undefined }
        : change.kind === 'reopen'
          ? { ...d, status: 'active', closed: undefined }
          : { ...d, status: change.kind === 'cancel' ? 'cancelled' : 'done', closed: { by, at } };
    return (await this.docs.replace({ ...next, updatedAt: at }, found.etag)).doc;
  }
}

/** Equal as stored data, whatever the key order the store returns. */
const same = (a: Deadline, b: Deadline) => stable({ ...a, updatedAt: '' }) === stable({ ...b, updatedAt: '' });

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
