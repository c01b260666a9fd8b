import type { ConversationRefRepository } from '../../../domain/conversations/ConversationRefRepository';
import type { DeadlineRepository } from '../../../domain/followup/DeadlineRepository';
import type { FollowupRepository } from '../../../domain/followup/FollowupRepository';
import type { Notifier } from '../../../domain/notify/Notifier';
import type { ExportLinks } from '../../../server/exportLinks';

/** What the follow-up handlers need besides the foundation's deps (built in src/index.ts). */
export interface FollowupServices {
  reports: FollowupRepository;
  deadlines: DeadlineRepository;
  /** Stored conversation references, for the refresh `userIds` (Teams user ids of viewers). */
  refs: ConversationRefRepository;
  notifier: Notifier;
  links: ExportLinks;
}
