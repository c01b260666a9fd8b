import type { ReminderKind } from '../../../kernel/deadlines/Deadline';
import type { DocumentStore } from '../../../kernel/store/Collection';

/** What a person can say no to: a kind of reminder, or a secretary's weekly digest. */
export type OptOutKind = ReminderKind | 'digest';

/** A person's choices about reminders: one document per person in 'reminderPrefs' (partition: kommun). */
export interface ReminderPrefs {
  id: string;
  tenant: string;
  /** One message on the week's first working day instead of single reminders. */
  weeklyDigest: boolean;
  optOut: OptOutKind[];
  /** Deadline id → the day to remind again ("Påminn mig om 2 dagar"). */
  snoozed: Record<string, string>;
  /** Deadlines this person marked "Klart": nothing more about them. */
  done: string[];
  updatedAt: string;
}

export const noPrefs = (kommun: string, person: string): ReminderPrefs => ({ id: person, tenant: kommun, weeklyDigest: false, optOut: [], snoozed: {}, done: [], updatedAt: '' });

export class ReminderPrefsRepository {
  private readonly docs;

  constructor(store: DocumentStore, private readonly clock: () => Date) {
    this.docs = store.collection<ReminderPrefs>('reminderPrefs');
  }

  async all(kommun: string): Promise<Map<string, ReminderPrefs>> {
    return new Map((await this.docs.find(kommun)).map((v) => [v.doc.id, v.doc]));
  }

  async get(kommun: string, person: string): Promise<ReminderPrefs> {
    return (await this.docs.get(kommun, person))?.doc ?? noPrefs(kommun, person);
  }

  /** Changes one person's choices (last writer wins: a person rarely presses two buttons at once). */
  async update(kommun: string, person: string, change: (p: ReminderPrefs) => ReminderPrefs): Promise<ReminderPrefs> {
    const next = { ...change(await this.get(kommun, person)), updatedAt: this.clock().toISOString() };
    await this.docs.upsert(next);
    return next;
  }
}
