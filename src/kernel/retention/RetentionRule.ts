import type { Filter } from '../store/Collection';

/** What erasing one person does to their documents in a collection. */
export type Erasure =
  /** the documents are removed */
  | 'delete'
  /** the documents stay, every value naming the person replaced by a pseudonym; a document keyed by the person (id) is deleted */
  | 'pseudonymise'
  /** the documents stay as they are: public records (allmänna handlingar) and the audit trail */
  | 'keep';

/** Where a person can be found in a collection's documents, and what erasing them does there. */
export interface PersonData {
  /** Top-level fields whose value names a person (person id, Entra object id, e-mail, pseudonym, `user:<id>`). */
  fields?: string[];
  /** Search every document of the partition, nested values too (history entries): for small collections. */
  scan?: boolean;
  erase: Erasure;
}

/**
 * How long the documents of one collection are kept. Public records (allmänna handlingar: submitted
 * reports, risk registers, plans) are kept and never changed by the bot; their gallring follows the
 * kommun's own information management plan, outside the bot. Working data is kept while it is used
 * (maintained by admins and imports). The rest expires a number of days after a date in the document,
 * and a scheduled job deletes it. `RETENTION_DAYS` changes the days of expiring collections only.
 */
export type RetentionRule = {
  collection: string;
  /** What the collection holds and why, one Swedish sentence (the data-protection page, the export). */
  purpose: string;
  /** What its partition key holds: a kommun (default), an Entra tenant (chat settings) or nothing of anyone's. */
  partition?: 'kommun' | 'entraTenant' | 'app';
  /** Omitted: the collection holds no personal data. */
  person?: PersonData;
} & (
  | { keep: 'record' }
  | { keep: 'whileUsed' }
  | {
      keep: 'days';
      days: number;
      /** An ISO date-time field written on every change (`updatedAt`, `askedAt` …): the age is counted from it. */
      dateField: string;
      /** Only documents matching this expire (e.g. deliveries in a final status). */
      filter?: Filter;
    }
);

/** What a collection nobody declared is taken to be: a public record, kept, and searched whole for a person. */
export const undeclared = (collection: string): RetentionRule => ({
  collection,
  purpose: 'Inte klassad ännu: behålls som allmän handling tills arbetsflödet anger annat.',
  keep: 'record',
  person: { scan: true, erase: 'keep' },
});

/** Swedish words for a rule's keep, for replies and the export. */
export function describeKeep(rule: RetentionRule): string {
  switch (rule.keep) {
    case 'record':
      return 'allmän handling – bevaras';
    case 'whileUsed':
      return 'behålls medan den används';
    case 'days':
      return `gallras ${rule.days} dagar efter ${rule.dateField}`;
  }
}
