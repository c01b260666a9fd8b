import { createHash } from 'node:crypto';
import { ConflictError } from '../../shared/errors';
import type { Collection, Versioned } from '../store/Collection';
import { maxHistory, type Actor, type RecordBody, type VersionedRecord } from './VersionedRecord';

/** What the feature makes of the current version: the new body to write, or why not. */
export type Applied<T extends VersionedRecord, F> =
  | { ok: true; body: RecordBody<T>; action: string; changed: string[] }
  | { ok: false; failure: F };

export interface SaveRequest<T extends VersionedRecord, F> {
  tenant: string;
  id: string;
  /** eTag of the version the user saw; null when they saw none. */
  etag: string | null;
  /** Identifies this write (see VersionedRecord.lastSaveId; saveIdOf makes one). */
  saveId?: string;
  actor: Actor;
  now: Date;
  /** Validates against the current version and builds the new body (or says why not: invalid, locked …). */
  apply(current: Versioned<T> | undefined): Applied<T, F>;
}

export type SaveOutcome<T extends VersionedRecord, F> =
  /** Written now, or (`repeated`) already written by an earlier press of the same card. */
  | { outcome: 'saved'; record: Versioned<T>; repeated: boolean }
  /** Someone else wrote first: the newer version; nothing was written. */
  | { outcome: 'conflict'; current: Versioned<T> }
  | { outcome: 'failed'; failure: F; current?: Versioned<T> };

const wroteBefore = <T extends VersionedRecord>(v: Versioned<T> | undefined, saveId: string | undefined) =>
  Boolean(v && saveId && v.doc.lastSaveId === saveId);

/** A save id: who writes, from which version, what they do and with which values (a hash). */
export function saveIdOf(actorId: string, etag: string | null, action: string, values: Record<string, unknown>): string {
  const sorted = Object.keys(values).sort().map((k) => [k, values[k]]);
  return createHash('sha256').update(JSON.stringify([actorId, etag, action, sorted])).digest('base64url').slice(0, 22);
}

/**
 * Writes a new version of a record: refuses a stale version before anything else (the user must see
 * the newer one), lets the feature validate and build the body, and writes one whole document
 * conditionally on its eTag, so a concurrent writer or a failing store never leaves half a record.
 * A retry of a write whose reply was lost (same save id) is recognised as saved, not as a conflict.
 * Reads the store once and writes once (one more read only when a concurrent write wins).
 */
export async function saveVersioned<T extends VersionedRecord, F>(records: Collection<T>, req: SaveRequest<T, F>): Promise<SaveOutcome<T, F>> {
  const current = await records.get(req.tenant, req.id);
  if (current && wroteBefore(current, req.saveId)) return { outcome: 'saved', record: current, repeated: true };
  if (current && current.etag !== req.etag) return { outcome: 'conflict', current };
  const applied = req.apply(current);
  if (!applied.ok) return { outcome: 'failed', failure: applied.failure, current };

  const next = nextVersion(req, current?.doc, applied);
  try {
    const record = current ? await records.replace(next, current.etag) : await records.create(next);
    return { outcome: 'saved', record, repeated: false };
  } catch (e) {
    if (!(e instanceof ConflictError)) throw e;
    const newer = await records.get(req.tenant, req.id);
    if (!newer) throw e;
    return wroteBefore(newer, req.saveId) ? { outcome: 'saved', record: newer, repeated: true } : { outcome: 'conflict', current: newer };
  }
}

function nextVersion<T extends VersionedRecord, F>(req: SaveRequest<T, F>, current: T | undefined, applied: Extract<Applied<T, F>, { ok: true }>): T {
  const at = req.now.toISOString();
  const version = (current?.version ?? 0) + 1;
  const entry = { version, at, by: req.actor.id, byName: req.actor.name, action: applied.action, changed: applied.changed };
  return {
    ...applied.body,
    id: req.id,
    tenant: req.tenant,
    version,
    history: [...(current?.history ?? []), entry].slice(-maxHistory),
    createdAt: current?.createdAt ?? at,
    createdBy: current?.createdBy ?? req.actor.id,
    updatedAt: at,
    updatedBy: req.actor.id,
    updatedByName: req.actor.name,
    ...(req.saveId ? { lastSaveId: req.saveId } : {}),
  } as T;
}
