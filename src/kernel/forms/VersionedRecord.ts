import type { StoredDoc } from '../store/Collection';

/** Who is acting: the person's id in the org model and their display name. */
export interface Actor {
  id: string;
  name: string;
}

/** One write in a record's life: who, when, what they did and which fields they changed. */
export interface HistoryEntry {
  version: number;
  at: string;
  by: string;
  byName: string;
  /** What the write was ("saved", "submitted", "decided" …): the feature's word. */
  action: string;
  changed: string[];
}

/** A stored record with a version history and audit fields; written only through saveVersioned. */
export interface VersionedRecord extends StoredDoc {
  /** 1 on the first write, +1 on every write. */
  version: number;
  history: HistoryEntry[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  updatedByName: string;
  /**
   * Identifies the last write by who wrote it, from which version and with what: the same press of the
   * same card again (a retry after a lost reply) is recognised as that write, not as a conflict.
   */
  lastSaveId?: string;
}

/** The part of a record its feature writes; saveVersioned adds the version, history and audit fields. */
export type RecordBody<T extends VersionedRecord> = Omit<T, keyof VersionedRecord> & StoredDoc;

/** At most this many history entries are kept per record (newest kept). */
export const maxHistory = 200;
