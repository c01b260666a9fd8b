import type { Config } from '../config';
import type { Logger } from '../logger';
import type { PackRegistry } from '../knowledge/PackRegistry';
import type { OrgRepository } from '../domain/org/OrgRepository';
import type { ConversationMemory } from '../domain/conversations/rememberConversation';
import type { ConversationSettings } from '../domain/settings/ConversationSettings';
import type { QaService } from '../domain/qa/QaService';

/** Everything the bot edge needs, built by the composition root (src/index.ts). */
export interface BotDeps {
  config: Config;
  logger: Logger;
  packs: PackRegistry;
  org: OrgRepository;
  conversations: ConversationMemory;
  settings: ConversationSettings;
  qa: QaService;
  clock: () => Date;
}
