import type { Logger } from '../shared/logger';
import type { AuditTrail } from './audit/AuditTrail';
import type { WorkingCalendar } from './calendar/WorkingCalendar';
import type { DeadlineSource } from './deadlines/Deadline';
import type { DeadlineStore } from './deadlines/DeadlineStore';
import type { MeetingCalendar } from './deadlines/MeetingCalendar';
import type { DeliveryTopic } from './jobs/Dispatcher';
import type { Jobs } from './jobs/Jobs';
import type { ReportAddendum } from './forms/ReportAddendum';
import type { ScheduledJob } from './jobs/Scheduler';
import type { ConversationRefRepository } from './conversations/ConversationRefRepository';
import type { Exporter } from './export/Exporter';
import type { SignedLinks } from './export/SignedLinks';
import type { PackRegistry } from './knowledge/PackRegistry';
import type { OrgRepository } from './org/OrgRepository';
import type { PersonalData } from './retention/PersonalData';
import type { RetentionPolicy } from './retention/RetentionPolicy';
import type { RetentionRule } from './retention/RetentionRule';
import type { ChatSettings } from './session/ChatSettings';
import type { DocumentStore } from './store/Collection';
import type { CardAction } from './turn/CardAction';
import type { Command } from './turn/Command';
import type { Turn } from './turn/Turn';

/** The kernel's services, handed to each feature when the app starts. */
export interface FeatureContext {
  logger: Logger;
  clock: () => Date;
  store: DocumentStore;
  packs: PackRegistry;
  org: OrgRepository;
  refs: ConversationRefRepository;
  chatSettings: ChatSettings;
  /** Proactive messages: the delivery queue, sent by the dispatcher within Teams' limits. */
  jobs: Jobs;
  deadlines: DeadlineStore;
  meetings: MeetingCalendar;
  calendar: WorkingCalendar;
  links: SignedLinks;
  defaultKommun: string;
  /** False in local mode (no Bot Framework authentication): cards warn about it. */
  authenticated: boolean;
  /** Every command of the app, in help order (known once all features have started). */
  commands(): Command[];
  /** Every feature's deadline sources (known once all features have started). */
  deadlineSources(): DeadlineSource[];
  /** Other features' read-only additions to a form (known once all features have started). */
  reportAddenda(form: string): ReportAddendum[];
  /** The audit trail of admin actions (the edge records every admin command and card action). */
  audit: AuditTrail;
  /** How long every collection is kept; which are public records. */
  retention: RetentionPolicy;
  /** One person's data in every collection: found, exported, erased where the records rules allow. */
  personalData: PersonalData;
  /** Where the data-protection page is published (PUBLIC_BASE_URL/dataskydd), when the public address is known. */
  dataProtectionUrl?: string;
}

/** What a started feature offers the app; every part optional. */
export interface FeatureParts {
  commands?: Command[];
  actions?: CardAction[];
  exporters?: Exporter[];
  /** Answers any text that is not a command (one feature: question answering). */
  fallback?: (turn: Turn) => Promise<void>;
  /** Runs when the bot is added to a chat or team (the welcome card). */
  onInstall?: (turn: Turn) => Promise<void>;
  /** Deadlines this feature has (follow-up periods …), for the reminder planner. */
  deadlineSources?: DeadlineSource[];
  /** Composers of the proactive messages this feature queues, by topic. */
  deliveryTopics?: DeliveryTopic[];
  /** Work on a schedule (run by the instance that holds the scheduler lease). */
  jobs?: ScheduledJob[];
  /** Read-only sections this feature adds to other features' forms. */
  reportAddenda?: ReportAddendum[];
}

/**
 * A workflow as one folder: the collections it keeps (Cosmos containers / NeDB files, each partitioned
 * by `tenant`: the kommun) and what it offers once started. The app lists its features in one place.
 */
export interface Feature {
  name: string;
  collections: readonly string[];
  /**
   * How long each of its collections is kept (public records are kept), and what erasing a person does
   * there. A collection without a rule is kept as a public record and searched whole for a person.
   */
  retention?: readonly RetentionRule[];
  start(context: FeatureContext): FeatureParts;
}
