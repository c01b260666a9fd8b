import type { DocumentStore } from '../store/Collection';

/** One meeting (sammanträde) of a body: stored in 'meetings' (partition: kommun), id `<body>:<YYYY-MM-DD>`. */
export interface Meeting {
  id: string;
  tenant: string;
  /** Organisation body id. */
  body: string;
  /** YYYY-MM-DD in Sweden. */
  date: string;
  /** "13:00" when the calendar gives a time. */
  time?: string;
  title?: string;
  importedAt: string;
}

export type MeetingInput = Pick<Meeting, 'body' | 'date' | 'time' | 'title'>;

/** The bodies' meeting calendars (sammanträdesplaner), as imported by admins. */
export class MeetingCalendar {
  private readonly docs;

  constructor(store: DocumentStore, private readonly clock: () => Date) {
    this.docs = store.collection<Meeting>('meetings');
  }

  async ofBody(kommun: string, body: string): Promise<Meeting[]> {
    return (await this.docs.find(kommun, { body })).map((v) => v.doc).sort((a, b) => a.date.localeCompare(b.date));
  }

  async all(kommun: string): Promise<Meeting[]> {
    return (await this.docs.find(kommun)).map((v) => v.doc).sort((a, b) => a.date.localeCompare(b.date));
  }

  /**
   * Replaces each named body's meetings in the years the import covers (a new plan for 2027 replaces
   * the old plan for 2027 and leaves 2026 alone). Returns the count per body.
   */
  async replace(kommun: string, meetings: MeetingInput[]): Promise<Map<string, number>> {
    const importedAt = this.clock().toISOString();
    const counts = new Map<string, number>();
    for (const body of new Set(meetings.map((m) => m.body))) {
      const mine = meetings.filter((m) => m.body === body);
      const years = new Set(mine.map((m) => m.date.slice(0, 4)));
      for (const old of await this.ofBody(kommun, body)) if (years.has(old.date.slice(0, 4))) await this.docs.delete(kommun, old.id);
      for (const m of mine) await this.docs.upsert({ ...m, id: `${body}:${m.date}`, tenant: kommun, importedAt });
      counts.set(body, new Set(mine.map((m) => m.date)).size);
    }
    return counts;
  }
}
