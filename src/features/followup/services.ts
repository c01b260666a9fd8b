import type { FeatureContext } from '../../kernel/Feature';
import type { ConversationRefRepository } from '../../kernel/conversations/ConversationRefRepository';
import type { SignedLinks } from '../../kernel/export/SignedLinks';
import type { PackRegistry } from '../../kernel/knowledge/PackRegistry';
import type { Jobs } from '../../kernel/jobs/Jobs';
import type { OrgRepository } from '../../kernel/org/OrgRepository';
import type { Logger } from '../../shared/logger';
import type { DeadlineRepository } from './domain/DeadlineRepository';
import type { FollowupRepository } from './domain/FollowupRepository';

/** What the follow-up's commands and actions use: its own repositories and the kernel services it needs. */
export interface FollowupServices {
  packs: PackRegistry;
  org: OrgRepository;
  reports: FollowupRepository;
  periodDeadlines: DeadlineRepository;
  /** Stored conversation references, for the refresh `userIds` (Teams user ids of viewers). */
  refs: ConversationRefRepository;
  /** The delivery queue: "Påminn" goes through it, within Teams' limits. */
  jobs: Jobs;
  links: SignedLinks;
  clock: () => Date;
  logger: Logger;
  /** Other features' read-only sections of a unit's report (internal control). */
  reportAddenda: FeatureContext['reportAddenda'];
}
