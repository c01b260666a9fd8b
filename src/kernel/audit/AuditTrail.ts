import { randomUUID } from 'node:crypto';
import { errorFields, pseudonym, type Logger } from '../../shared/logger';
import { isAdmin } from '../org/access';
import type { DocumentStore, StoredDoc } from '../store/Collection';
import type { Session } from '../turn/Session';
import { auditCollection } from '../retention/kernelRetention';

/** One admin action: who, what, when and where; never what was typed. */
export interface AuditEntry extends StoredDoc {
  /** The person's id in the organisation model. */
  by: string;
  /** `command:<name>` or `action:<verb>`, or a feature's own ("personuppgifter:radera"). */
  what: string;
  at: string;
  /** The person the action was about, when it was about one (an export or erasure of their data). */
  subject?: string;
  /** How it ended, when the action says so ("refused" for a non-admin's attempt). */
  outcome?: 'done' | 'refused';
}

export type NewAuditEntry = Pick<AuditEntry, 'what' | 'subject' | 'outcome'>;

/**
 * The audit trail of admin actions, in the 'audit' collection (partition: kommun). The edge records every
 * command and card action of a person with the admin role; features add entries that say more (whose
 * data). A failed write is logged as an error with the entry (people as pseudonyms, as every log line),
 * never silently lost, and never stops the action.
 */
export class AuditTrail {
  private readonly docs;

  constructor(store: DocumentStore, private readonly clock: () => Date, private readonly logger: Logger) {
    this.docs = store.collection<AuditEntry>(auditCollection);
  }

  /** Records the entry for the session's person. */
  async record(session: Pick<Session, 'kommun' | 'person' | 'userId'>, entry: NewAuditEntry): Promise<void> {
    const doc: AuditEntry = { id: randomUUID(), tenant: session.kommun, by: session.person?.id ?? 'okänd', at: this.clock().toISOString(), ...entry };
    try {
      await this.docs.create(doc);
    } catch (e) {
      this.logger.error({ event: 'audit_not_written', kommun: doc.tenant, by: pseudonym(doc.by), what: doc.what, at: doc.at, subject: pseudonym(doc.subject), err: errorFields(e) }, 'audit entry not stored');
    }
  }

  /** Records the action when the session's person holds the admin role (the edge's hook). */
  async adminAction(session: Pick<Session, 'kommun' | 'person' | 'userId'>, what: string): Promise<void> {
    if (isAdmin(session.person)) await this.record(session, { what });
  }
}
