import type { Config } from '../config';
import type { Logger } from '../logger';
import type { PackRegistry } from '../knowledge/PackRegistry';
import type { OrgRepository } from '../domain/org/OrgRepository';
import type { ConversationMemory } from '../domain/conversations/rememberConversation';
import type { ConversationSettings } from '../domain/settings/ConversationSettings';
import type { FollowupServices } from './handlers/followup/FollowupServices';
import type { QaService } from '../domain/qa/QaService';
import type { RecentLookups } from './RecentLookups';

/** Everything the bot edge needs, built by the composition root (src/index.ts). */
export interface BotDeps {
  config: Config;
  logger: Logger;
  packs: PackRegistry;
  org: OrgRepository;
  conversations: ConversationMemory;
  settings: ConversationSettings;
  qa: QaService;
  /** Throttles Teams member look-ups of users not (yet) in the organisation model. */
  recentLookups: RecentLookups;
  clock: () => Date;
  /** Follow-up reports (issue 4): repositories, proactive notifier and export links. */
  followup: FollowupServices;
}
