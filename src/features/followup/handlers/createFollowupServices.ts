import type { CloudAdapter } from 'botbuilder';
import type { Config } from '../../../config';
import type { Logger } from '../../../logger';
import type { DocumentStore } from '../../../store/Collection';
import { createConversationRefRepository } from '../../../domain/conversations/ConversationRefRepository';
import { createDeadlineRepository } from '../../../domain/followup/DeadlineRepository';
import { createFollowupRepository } from '../../../domain/followup/FollowupRepository';
import { ExportLinks } from '../../../server/exportLinks';
import { createAdapterNotifier } from '../../AdapterNotifier';
import type { FollowupServices } from './FollowupServices';

/**
 * Builds the follow-up services for the composition root. `boundPort` is asked lazily: the link
 * base URL is PUBLIC_BASE_URL, else this server's own address once it listens.
 */
export function createFollowupServices(deps: { config: Config; store: DocumentStore; adapter: CloudAdapter; logger: Logger; clock: () => Date; boundPort: () => number }): FollowupServices {
  const { config } = deps;
  const refs = createConversationRefRepository(deps.store);
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    reports: createFollowupRepository(deps.store),
    deadlines: createDeadlineRepository(deps.store),
    refs,
    notifier: createAdapterNotifier({ adapter: deps.adapter, appId: config.bot.appId, refs, logger: deps.logger }),
    links: new ExportLinks(config.linkSigningSecret, () => config.publicBaseUrl ?? `http://${host}:${deps.boundPort()}`, deps.clock),
  };
}
